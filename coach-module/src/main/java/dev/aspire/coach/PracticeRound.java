package dev.aspire.coach;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.InterviewerRole;
import dev.aspire.core.QuestionVariant;

/**
 * One round of practice: a form of the question, asked by one interviewer.
 *
 * @param number      the round's number, from 1
 * @param question    the form of the question asked
 * @param interviewer who asks it
 */
public record PracticeRound(int number, QuestionVariant question, InterviewerRole interviewer) {
    public PracticeRound {
        if (number < 1) {
            throw new IllegalArgumentException("round number must be 1 or more, was " + number);
        }
        requireNonNull(question, "question is null");
        requireNonNull(interviewer, "interviewer is null");
    }
}
