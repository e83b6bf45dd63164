package dev.aspire.core.scoring;

import java.util.List;

/**
 * The points one criterion gave an answer, with the words that earned or lost them.
 *
 * @param id       stable criterion id, e.g. {@code concrete-aspiration}
 * @param points   points earned, 0 to {@code max}
 * @param max      the most this criterion can give
 * @param evidence the spans of the answer behind the points
 * @param advice   one concrete thing to do to earn more
 */
public record CriterionScore(String id, int points, int max, List<Span> evidence, String advice) {
    public CriterionScore {
        if (max < 0 || points < 0 || points > max) {
            throw new IllegalArgumentException("criterion " + id + ": points " + points + " not within 0.." + max);
        }
        evidence = List.copyOf(evidence);
    }
}
