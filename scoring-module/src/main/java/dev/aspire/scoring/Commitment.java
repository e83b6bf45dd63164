package dev.aspire.scoring;

import dev.aspire.core.scoring.CriterionScore;

/** The answer says the candidate means to stay and grow here. */
final class Commitment implements Criterion {
    static final String ID = "commitment";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int max() {
        return 12;
    }

    @Override
    public CriterionScore score(Reading reading, AnswerFacts facts) {
        int[] picks = new int[2];
        int said = reading.distinct(2, picks, 0, reading.ids.commitment, reading.ids.commitmentVerb);
        int points = said == 0 ? 0 : said == 1 ? 8 : 12;
        String advice = said == 0
                ? "Say that you want to stay and grow here, for example by growing into a bigger role on this team."
                : "Intent to stay comes through; link it to the growth path this company offers.";
        return new CriterionScore(ID, points, max(), reading.spans(picks, said), advice);
    }
}
