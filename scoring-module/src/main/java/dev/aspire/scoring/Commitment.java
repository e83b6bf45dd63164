package dev.aspire.scoring;

import dev.aspire.core.scoring.CriterionScore;
import java.util.List;

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
        List<Integer> said = reading.distinct(2, reading.ids.commitment, reading.ids.commitmentVerb);
        int points = said.isEmpty() ? 0 : said.size() == 1 ? 8 : 12;
        String advice = said.isEmpty()
                ? "Say that you want to stay and grow here, for example by growing into a bigger role on this team."
                : "Intent to stay comes through; link it to the growth path this company offers.";
        return new CriterionScore(ID, points, max(), reading.spans(said), advice);
    }
}
