package dev.aspire.core.scoring;

import java.util.List;

/**
 * A scored answer: the total, its band, each criterion's points and the red flags, all explained.
 *
 * @param score     0-100, the sum of the criteria's points
 * @param band      strong, fair or weak; never strong with a major flag
 * @param archetype the id of the archetype the answer follows
 * @param criteria  every criterion's points and evidence
 * @param flags     the red flags found, in the order they appear in the answer
 * @param words     the answer's length in words
 * @param seconds   how long it takes to say at the scorer's speaking pace
 */
public record ScoreReport(int score, Band band, String archetype, List<CriterionScore> criteria,
                          List<RedFlag> flags, int words, double seconds) {
    public ScoreReport {
        criteria = List.copyOf(criteria);
        flags = List.copyOf(flags);
    }

    public boolean hasMajorFlag() {
        return flags.stream().anyMatch(flag -> flag.severity() == Severity.MAJOR);
    }
}
