package dev.aspire.scoring;

import dev.aspire.core.scoring.CriterionScore;

/** A concrete aspiration: a target (a role, an expertise, an industry), framed as a goal, with a horizon. */
final class ConcreteAspiration implements Criterion {
    static final String ID = "concrete-aspiration";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int max() {
        return 18;
    }

    @Override
    public CriterionScore score(Reading reading, AnswerFacts facts) {
        SignalIds ids = reading.ids;
        EvidenceList evidence = new EvidenceList();
        int points = 0;
        if (facts.hasGoal()) {
            points += 10;
            evidence.add(reading.span(facts.goal()));
        } else if (facts.looseTarget() >= 0) {
            points += 6;
            evidence.add(reading.span(facts.looseTarget()));
        } else if (reading.has(ids.aspirationIntent)) {
            points += 3;
            evidence.add(reading.span(reading.first(ids.aspirationIntent)));
        }
        int horizon = reading.first(ids.horizon);
        if (horizon >= 0) {
            points += 5;
            evidence.add(reading.span(horizon));
        } else if (reading.has(ids.horizonVague) && facts.hasAspiration()) {
            points += 2;
            evidence.add(reading.span(reading.first(ids.horizonVague)));
        }
        boolean specific = facts.hasAspiration() && (reading.has(ids.aspirationField)
                || reading.firstWithPartner(ids.aspirationTarget, ids.jobRole, ids.jobIndustry) >= 0
                || reading.distinct(2, new int[2], 0, ids.aspirationTarget) > 1);
        if (specific) {
            points += 3;
        }
        return new CriterionScore(ID, points, max(), evidence.toList(), advice(facts, horizon >= 0, specific));
    }

    private static String advice(AnswerFacts facts, boolean horizon, boolean specific) {
        if (!facts.hasAspiration()) {
            return "Name what you are working toward, such as the role, the expertise or the industry you want to grow into.";
        }
        if (!facts.hasGoal()) {
            return "Frame the target as your own goal: \"My aim is to...\" turns a job title into an aspiration.";
        }
        if (!horizon) {
            return "Put a time on the goal, such as \"within five years\", so it sounds planned rather than hoped for.";
        }
        if (!specific) {
            return "Make the goal specific: say which field, team or kind of work it is in.";
        }
        return "The goal is concrete and timed; keep it to one goal so it stays memorable.";
    }
}
