package dev.aspire.core.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A scored answer: the total, its band, each criterion's points and the red flags, all explained.
 *
 * @param score       0-100, the sum of the criteria's points
 * @param band        strong, fair or weak; never strong with a major flag
 * @param archetype   the id of the archetype the answer follows
 * @param criteria    every criterion's points and evidence
 * @param flags       the red flags found, in the order they appear in the answer
 * @param words       the answer's length in words
 * @param seconds     how long it takes to say at the request's speaking pace
 * @param interviewer the id of the interviewer whose lens weighed it; empty for the neutral reading
 * @param lens        what that interviewer listens for and why their score differs from the neutral
 *                    reading; empty for the neutral reading
 */
public record ScoreReport(int score, Band band, String archetype, List<CriterionScore> criteria,
                          List<RedFlag> flags, int words, double seconds,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) String interviewer,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) String lens) {
    public ScoreReport {
        criteria = List.copyOf(criteria);
        flags = List.copyOf(flags);
        interviewer = interviewer == null ? "" : interviewer;
        lens = lens == null ? "" : lens;
    }

    /** A neutral reading, heard by no interviewer in particular. */
    public ScoreReport(int score, Band band, String archetype, List<CriterionScore> criteria,
                       List<RedFlag> flags, int words, double seconds) {
        this(score, band, archetype, criteria, flags, words, seconds, "", "");
    }

    public boolean hasMajorFlag() {
        return flags.stream().anyMatch(flag -> flag.severity() == Severity.MAJOR);
    }
}
