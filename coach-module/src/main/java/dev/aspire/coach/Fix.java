package dev.aspire.coach;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.scoring.Severity;
import dev.aspire.core.scoring.Span;
import java.util.Optional;

/**
 * One thing to change in an answer, taken from its score report.
 *
 * @param what       the red flag's code or the criterion's id
 * @param advice     what to do
 * @param pointsLost the points the criterion did not give (0 for a red flag)
 * @param maxPoints  the criterion's maximum (0 for a red flag)
 * @param severity   the red flag's severity; empty for a criterion
 * @param words      the words of the answer at fault, where known
 * @param rewrite    a suggested rewrite, where the scorer offers one
 */
public record Fix(String what, String advice, int pointsLost, int maxPoints, Optional<Severity> severity,
                  Optional<Span> words, Optional<String> rewrite) {
    public Fix {
        requireNonNull(what, "what is null");
        requireNonNull(advice, "advice is null");
        requireNonNull(severity, "severity is null");
        requireNonNull(words, "words is null");
        requireNonNull(rewrite, "rewrite is null");
    }

    public boolean isRedFlag() {
        return severity.isPresent();
    }
}
