package dev.aspire.templates;

import dev.aspire.core.Aspiration;
import dev.aspire.core.AspirationKind;
import dev.aspire.core.CandidateProfile;
import dev.aspire.core.TargetJob;
import java.util.List;

/** A valid profile to start from, with a way to change one field at a time. */
final class ProfileBuilder {
    private String background = "Eight years as a hospital pharmacist";
    private List<String> skills = List.of("checking prescriptions", "advising patients", "managing stock");
    private List<String> passions = List.of("chemistry", "running", "baking");
    private AspirationKind kind = AspirationKind.SKILL;
    private String goal = "clinical lead pharmacist";
    private int horizon = 10;
    private String theme = "";
    private String title = "Senior Pharmacist";
    private String company = "Meadow Health";
    private String industry = "healthcare";
    private String mission = "";
    private List<String> reasons = List.of("the role runs the ward medicines service");

    ProfileBuilder background(String value) {
        background = value;
        return this;
    }

    ProfileBuilder skills(String... values) {
        skills = List.of(values);
        return this;
    }

    ProfileBuilder passions(String... values) {
        passions = List.of(values);
        return this;
    }

    ProfileBuilder kind(AspirationKind value) {
        kind = value;
        return this;
    }

    ProfileBuilder goal(String value) {
        goal = value;
        return this;
    }

    ProfileBuilder horizon(int years) {
        horizon = years;
        return this;
    }

    ProfileBuilder theme(String value) {
        theme = value;
        return this;
    }

    ProfileBuilder title(String value) {
        title = value;
        return this;
    }

    ProfileBuilder company(String value) {
        company = value;
        return this;
    }

    ProfileBuilder mission(String value) {
        mission = value;
        return this;
    }

    ProfileBuilder reasons(String... values) {
        reasons = List.of(values);
        return this;
    }

    CandidateProfile build() {
        return new CandidateProfile(background, skills, passions, new Aspiration(kind, goal, horizon, theme),
                new TargetJob(title, company, industry, mission), reasons);
    }
}
