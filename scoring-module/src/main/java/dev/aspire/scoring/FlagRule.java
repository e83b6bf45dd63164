package dev.aspire.scoring;

import dev.aspire.core.scoring.RedFlagKind;
import dev.aspire.core.scoring.Severity;
import java.util.List;

/**
 * A compiled red flag: the signals that raise it and what it costs.
 *
 * @param kind     its code, severity and summary
 * @param signals  signal indexes that raise it
 * @param minCount matches needed before it is raised
 * @param advice   what to do instead
 * @param rewrite  a replacement sentence with {@code {role}} and {@code {company}} to fill, or empty
 * @param cancels  criterion ids it takes every point from
 */
record FlagRule(RedFlagKind kind, int[] signals, int minCount, String advice, String rewrite,
                List<String> cancels) {
    String code() {
        return kind.code();
    }

    Severity severity() {
        return kind.severity();
    }
}
