package dev.aspire.scoring;

import dev.aspire.core.scoring.CriterionScore;

/** Enthusiasm for this job. Two different expressions earn the maximum; more adjectives earn nothing. */
final class Enthusiasm implements Criterion {
    static final String ID = "enthusiasm";

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
        int[] picks = new int[2];
        int said = reading.distinct(2, picks, 0, reading.ids.enthusiasm);
        int points = said == 0 ? 0 : said == 1 ? 5 : 8;
        String advice = said == 0
                ? "Let your interest show: say what about this work excites you."
                : "The interest is clear; tie it to something specific in the job rather than adding adjectives.";
        return new CriterionScore(ID, points, max(), reading.spans(picks, said), advice);
    }
}
