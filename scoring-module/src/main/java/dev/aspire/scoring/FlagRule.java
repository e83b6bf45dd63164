package dev.aspire.scoring;

import dev.aspire.core.scoring.RedFlagKind;
import dev.aspire.core.scoring.Severity;
import java.util.List;
import java.util.Map;

/**
 * A compiled red flag: the signals that raise it and what it costs.
 *
 * @param kind     its code, severity and summary
 * @param signals  signal indexes that raise it
 * @param minCount matches needed before it is raised
 * @param advice   what to do instead
 * @param rewrite  a replacement sentence with {@code {role}} and {@code {company}} to fill, or empty
 * @param cancels  criterion ids it takes every point from
 * @param costs    per criterion id, points it takes away
 * @param impliesGoal whether it shows that the answer states an aspiration, if the wrong one
 */
record FlagRule(RedFlagKind kind, int[] signals, int minCount, String advice, String rewrite,
                List<String> cancels, Map<String, Integer> costs, boolean impliesGoal) {
    String code() {
        return kind.code();
    }

    Severity severity() {
        return kind.severity();
    }
}
