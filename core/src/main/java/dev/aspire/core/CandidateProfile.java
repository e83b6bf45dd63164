package dev.aspire.core;

import java.util.List;

/**
 * What the preparation exercise produces and answers are written from. A profile read from a file may be
 * incomplete; {@link ProfileValidator} says what is wrong with it, field by field.
 *
 * @param background a line about past work or study
 * @param skills     3-5 main job skills
 * @param passions   3-5 interests or passions
 * @param aspiration the long-term aspiration
 * @param job        the target job
 * @param reasons    1-2 reasons why this role and company support the aspiration
 */
public record CandidateProfile(String background, List<String> skills, List<String> passions,
                               Aspiration aspiration, TargetJob job, List<String> reasons) {
    public CandidateProfile {
        background = background == null ? null : background.strip();
        skills = Text.copyKeepingNulls(skills);
        passions = Text.copyKeepingNulls(passions);
        reasons = Text.copyKeepingNulls(reasons);
    }
}
