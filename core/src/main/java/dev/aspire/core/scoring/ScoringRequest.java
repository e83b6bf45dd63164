package dev.aspire.core.scoring;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.InterviewerRole;
import dev.aspire.core.QuestionVariant;
import dev.aspire.core.TargetJob;
import java.util.Optional;

/**
 * An answer to score and what is known of its context. Without a job, the scorer judges the connection
 * to the role and company from the answer alone.
 */
public record ScoringRequest(String text, Optional<TargetJob> job, Optional<QuestionVariant> question,
                             Optional<InterviewerRole> interviewer) {
    public ScoringRequest {
        requireNonNull(text, "text is null");
        requireNonNull(job, "job is null");
        requireNonNull(question, "question is null");
        requireNonNull(interviewer, "interviewer is null");
    }

    public static ScoringRequest of(String text) {
        return new ScoringRequest(text, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
