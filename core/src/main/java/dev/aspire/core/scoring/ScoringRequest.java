package dev.aspire.core.scoring;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.InterviewerRole;
import dev.aspire.core.QuestionVariant;
import dev.aspire.core.TargetJob;
import java.util.Optional;

/**
 * An answer to score and what is known of its context. Without a job, the scorer judges the connection
 * to the role and company from the answer alone.
 *
 * @param text           the answer as the candidate wrote it
 * @param job            the job applied for, when known
 * @param question       the form of the question being answered, when known
 * @param interviewer    who hears the answer; without one the scorer gives its neutral reading
 * @param wordsPerMinute the speaking pace used to turn words into seconds
 */
public record ScoringRequest(String text, Optional<TargetJob> job, Optional<QuestionVariant> question,
                             Optional<InterviewerRole> interviewer, int wordsPerMinute) {
    /** A calm interview pace: slower than conversation, faster than a speech. */
    public static final int DEFAULT_WORDS_PER_MINUTE = 140;
    public static final int MIN_WORDS_PER_MINUTE = 60;
    public static final int MAX_WORDS_PER_MINUTE = 300;

    public ScoringRequest {
        requireNonNull(text, "text is null");
        requireNonNull(job, "job is null");
        requireNonNull(question, "question is null");
        requireNonNull(interviewer, "interviewer is null");
        if (wordsPerMinute < MIN_WORDS_PER_MINUTE || wordsPerMinute > MAX_WORDS_PER_MINUTE) {
            throw new IllegalArgumentException("speaking pace must be " + MIN_WORDS_PER_MINUTE + "-"
                    + MAX_WORDS_PER_MINUTE + " words per minute, was " + wordsPerMinute);
        }
    }

    /** A request at the default speaking pace. */
    public ScoringRequest(String text, Optional<TargetJob> job, Optional<QuestionVariant> question,
                          Optional<InterviewerRole> interviewer) {
        this(text, job, question, interviewer, DEFAULT_WORDS_PER_MINUTE);
    }

    public static ScoringRequest of(String text) {
        return new ScoringRequest(text, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public ScoringRequest withInterviewer(Optional<InterviewerRole> other) {
        return new ScoringRequest(text, job, question, other, wordsPerMinute);
    }

    public ScoringRequest withWordsPerMinute(int pace) {
        return new ScoringRequest(text, job, question, interviewer, pace);
    }
}
