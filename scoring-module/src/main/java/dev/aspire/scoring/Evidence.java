package dev.aspire.scoring;

import dev.aspire.core.scoring.CriterionScore;

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
        int[] picks = new int[5];
        int experience = reading.distinct(2, picks, 0, ids.experience);
        int skills = reading.distinct(2, picks, experience, ids.skills);
        int specifics = reading.distinct(1, picks, experience + skills, ids.quantity);
        int points = (experience == 0 ? 0 : experience == 1 ? 4 : 6)
                + (skills == 0 ? 0 : skills == 1 ? 3 : 5)
                + (specifics == 0 ? 0 : 3);
        String advice = experience == 0
                ? "Back the goal with experience: one line on where you have already done related work."
                : skills == 0 ? "Name the skills you built that carry into this role."
                : specifics == 0 ? "Add a number, such as years, people or results, to make the evidence concrete."
                : "The evidence is concrete; keep the strongest example and cut the rest if time is short.";
        return new CriterionScore(ID, points, max(), reading.spans(picks, experience + skills + specifics), advice);
    }
}
