package dev.aspire.coach;

import dev.aspire.core.Aspiration;
import dev.aspire.core.AspirationKind;
import dev.aspire.core.CandidateProfile;
import dev.aspire.core.ProfileProblem;
import dev.aspire.core.ProfileValidator;
import dev.aspire.core.TargetJob;
import java.util.List;
import java.util.Optional;

/**
 * Profiles with one part filled in, so that a single answer can be checked by {@link ProfileValidator}
 * itself: the exercise and a profile file obey exactly the same rules.
 */
final class Drafts {
    private Drafts() {
    }

    /** What the validator says about {@code field} of {@code draft}, if anything. */
    static Optional<String> problem(CandidateProfile draft, String field) {
        return ProfileValidator.problems(draft).stream()
                .filter(problem -> problem.field().equals(field))
                .map(ProfileProblem::message)
                .findFirst();
    }

    static CandidateProfile background(String background) {
        return new CandidateProfile(background, List.of(), List.of(), null, null, List.of());
    }

    static CandidateProfile skills(List<String> skills) {
        return new CandidateProfile(null, skills, List.of(), null, null, List.of());
    }

    static CandidateProfile passions(List<String> passions) {
        return new CandidateProfile(null, List.of(), passions, null, null, List.of());
    }

    static CandidateProfile reasons(List<String> reasons) {
        return new CandidateProfile(null, List.of(), List.of(), null, null, reasons);
    }

    static CandidateProfile aspiration(Aspiration aspiration) {
        return new CandidateProfile(null, List.of(), List.of(), aspiration, null, List.of());
    }

    static CandidateProfile goal(AspirationKind kind, String goal) {
        return aspiration(new Aspiration(kind, goal, ProfileValidator.MIN_HORIZON_YEARS, ""));
    }

    static CandidateProfile horizon(AspirationKind kind, int years) {
        return aspiration(new Aspiration(kind, "a goal", years, ""));
    }

    static CandidateProfile job(TargetJob job) {
        return new CandidateProfile(null, List.of(), List.of(), null, job, List.of());
    }
}
