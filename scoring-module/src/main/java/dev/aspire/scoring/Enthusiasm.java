package dev.aspire.scoring;

import dev.aspire.core.scoring.CriterionScore;
import java.util.List;

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
        List<Integer> said = reading.distinct(2, reading.ids.enthusiasm);
        int points = said.isEmpty() ? 0 : said.size() == 1 ? 5 : 8;
        String advice = said.isEmpty()
                ? "Let your interest show: say what about this work excites you."
                : "The interest is clear; tie it to something specific in the job rather than adding adjectives.";
        return new CriterionScore(ID, points, max(), reading.spans(said), advice);
    }
}
