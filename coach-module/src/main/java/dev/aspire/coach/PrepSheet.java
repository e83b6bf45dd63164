package dev.aspire.coach;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.CandidateProfile;
import dev.aspire.core.InterviewerRole;
import dev.aspire.core.answer.ArchetypeRecommendation;
import dev.aspire.core.answer.ComposedAnswer;
import dev.aspire.core.scoring.RedFlagKind;
import java.util.List;

/**
 * Everything a candidate wants on one page before the interview.
 *
 * @param profile        the candidate's profile
 * @param recommendation the archetype to lead with, and why
 * @param answers        an answer for each form of the question
 * @param interviewers   who may ask, what each looks for and how to pitch to them
 * @param redFlags       what to keep out of every answer, major ones first
 * @param followUps      the questions likely to come next, with pointers
 */
public record PrepSheet(CandidateProfile profile, ArchetypeRecommendation recommendation,
                        List<ComposedAnswer> answers, List<InterviewerRole> interviewers,
                        List<RedFlagKind> redFlags, List<FollowUp> followUps) {
    public PrepSheet {
        requireNonNull(profile, "profile is null");
        requireNonNull(recommendation, "recommendation is null");
        answers = List.copyOf(answers);
        interviewers = List.copyOf(interviewers);
        redFlags = List.copyOf(redFlags);
        followUps = List.copyOf(followUps);
    }

    /** "Marketing Assistant at Cacao & Co": what the sheet prepares for. */
    public String target() {
        return profile.job().title() + " at " + profile.job().company();
    }
}
