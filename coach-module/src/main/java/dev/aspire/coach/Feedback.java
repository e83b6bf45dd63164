package dev.aspire.coach;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.answer.ComposedAnswer;
import dev.aspire.core.scoring.ScoreReport;
import java.util.List;

/**
 * What a practice round gives back for the answer typed.
 *
 * @param report          the answer's score, explained
 * @param fixes           the most valuable fixes, most valuable first
 * @param comparison      an answer written from the profile for the same question and interviewer
 * @param comparisonScore what the same scorer gives that answer
 */
public record Feedback(ScoreReport report, List<Fix> fixes, ComposedAnswer comparison, int comparisonScore) {
    public Feedback {
        requireNonNull(report, "report is null");
        fixes = List.copyOf(fixes);
        requireNonNull(comparison, "comparison is null");
    }
}
