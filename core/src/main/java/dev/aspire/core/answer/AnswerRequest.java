package dev.aspire.core.answer;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.AnswerArchetype;
import dev.aspire.core.CandidateProfile;
import dev.aspire.core.InterviewerRole;
import dev.aspire.core.QuestionVariant;
import java.util.Optional;

/**
 * What to write an answer for.
 *
 * @param profile     the candidate's profile, already valid
 * @param question    the form of the question being answered
 * @param interviewer who is asking
 * @param archetype   the archetype to follow; empty to let the composer pick the best fit
 * @param variant     which alternative phrasing to use; 0 is the default, any other number another phrasing
 */
public record AnswerRequest(CandidateProfile profile, QuestionVariant question, InterviewerRole interviewer,
                            Optional<AnswerArchetype> archetype, int variant) {
    public AnswerRequest {
        requireNonNull(profile, "profile is null");
        requireNonNull(question, "question is null");
        requireNonNull(interviewer, "interviewer is null");
        requireNonNull(archetype, "archetype is null");
        if (variant < 0) {
            throw new IllegalArgumentException("variant must be 0 or more, was " + variant);
        }
    }
}
