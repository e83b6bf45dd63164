package dev.aspire.scoring;

import dev.aspire.core.scoring.CriterionScore;
import java.util.List;

/** Long enough to say something, short enough to keep attention: about sixty to ninety seconds aloud. */
final class SpeakingLength implements Criterion {
    static final String ID = "length";
    static final double TARGET_FROM = 60;
    static final double TARGET_TO = 90;
    /** Below this an answer is flagged too short; above {@link #TOO_LONG} too long. */
    static final double TOO_SHORT = 30;
    static final double TOO_LONG = 120;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int max() {
        return 8;
    }

    @Override
    public CriterionScore score(Reading reading, AnswerFacts facts) {
        double s = facts.seconds();
        int points;
        String advice;
        if (s < TARGET_FROM) {
            points = s >= 45 ? 6 : s >= TOO_SHORT ? 4 : s >= 15 ? 2 : 0;
            advice = "At about " + wholeSeconds(s)
                    + " seconds it is short; add evidence or the link to this company to reach a minute.";
        } else if (s > TARGET_TO) {
            points = s <= 105 ? 6 : s <= TOO_LONG ? 4 : s <= 150 ? 2 : 0;
            advice = "At about " + wholeSeconds(s)
                    + " seconds it runs long; cut to one goal, one example and one link to this job.";
        } else {
            points = max();
            advice = "A comfortable length to say aloud; keep it there.";
        }
        return new CriterionScore(ID, points, max(), List.of(), advice);
    }

    /**
     * Seconds to the nearest whole one, halves up, as {@code %.0f} would print them: {@code seconds} is never
     * negative and carries one decimal, so rounding the double itself agrees with rounding its decimal form,
     * at a fraction of the cost of a formatter on every answer.
     */
    static long wholeSeconds(double seconds) {
        return Math.round(seconds);
    }
}
