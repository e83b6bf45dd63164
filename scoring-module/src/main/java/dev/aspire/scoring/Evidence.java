package dev.aspire.scoring;

import dev.aspire.core.scoring.CriterionScore;
import java.util.ArrayList;
import java.util.List;

/** Evidence behind the aspiration: experience, transferable skills, and specifics such as numbers and years. */
final class Evidence implements Criterion {
    static final String ID = "evidence";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int max() {
        return 14;
    }

    @Override
    public CriterionScore score(Reading reading, AnswerFacts facts) {
        SignalIds ids = reading.ids;
        List<Integer> experience = reading.distinct(2, ids.experience);
        List<Integer> skills = reading.distinct(2, ids.skills);
        List<Integer> specifics = reading.distinct(1, ids.quantity);
        int points = (experience.isEmpty() ? 0 : experience.size() == 1 ? 4 : 6)
                + (skills.isEmpty() ? 0 : skills.size() == 1 ? 3 : 5)
                + (specifics.isEmpty() ? 0 : 3);
        List<Integer> all = new ArrayList<>(experience);
        all.addAll(skills);
        all.addAll(specifics);
        String advice = experience.isEmpty()
                ? "Back the goal with experience: one line on where you have already done related work."
                : skills.isEmpty() ? "Name the skills you built that carry into this role."
                : specifics.isEmpty() ? "Add a number, such as years, people or results, to make the evidence concrete."
                : "The evidence is concrete; keep the strongest example and cut the rest if time is short.";
        return new CriterionScore(ID, points, max(), reading.spans(all), advice);
    }
}
