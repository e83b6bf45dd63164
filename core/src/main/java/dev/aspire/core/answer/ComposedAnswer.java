package dev.aspire.core.answer;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.AnswerArchetype;
import dev.aspire.core.InterviewerRole;
import dev.aspire.core.QuestionVariant;

/**
 * A written answer and what it was written for.
 *
 * @param text        the answer, ready to speak
 * @param archetype   the archetype it follows
 * @param question    the question variant it answers
 * @param interviewer the interviewer it is pitched to
 * @param words       its length in words
 */
public record ComposedAnswer(String text, AnswerArchetype archetype, QuestionVariant question,
                             InterviewerRole interviewer, int words) {
    public ComposedAnswer {
        requireNonNull(text, "text is null");
        requireNonNull(archetype, "archetype is null");
        requireNonNull(question, "question is null");
        requireNonNull(interviewer, "interviewer is null");
    }
}
