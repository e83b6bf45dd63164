package dev.aspire.core;

import java.util.List;

/** A valid profile to start tests from, each test changing only what it is about. */
final class Profiles {
    private Profiles() {
    }

    static CandidateProfile valid() {
        return new CandidateProfile(
                "Six years as a warehouse shift lead",
                List.of("scheduling", "training new starters", "inventory control"),
                List.of("logistics", "cycling", "cooking"),
                new Aspiration(AspirationKind.LEADERSHIP, "operations manager", 8, null),
                new TargetJob("Operations Supervisor", "Northwind Freight", "logistics", null),
                List.of("the role leads a team of twelve"));
    }

    static CandidateProfile withSkills(List<String> skills) {
        CandidateProfile p = valid();
        return new CandidateProfile(p.background(), skills, p.passions(), p.aspiration(), p.job(), p.reasons());
    }
}
