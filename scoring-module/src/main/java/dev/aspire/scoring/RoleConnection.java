package dev.aspire.scoring;

import dev.aspire.core.scoring.CriterionScore;

/** The answer ties the aspiration to this role: it names the role and says how the role serves the goal. */
final class RoleConnection implements Criterion {
    static final String ID = "role-connection";

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
        SignalIds ids = reading.ids;
        EvidenceList evidence = new EvidenceList();
        int points = 0;
        int[] picks = new int[2];
        int mentions = reading.distinct(2, picks, 0, ids.jobRole, ids.roleRef);
        if (mentions > 0) {
            points += 6;
            evidence.add(reading.span(picks[0]));
        }
        int link = reading.first(ids.roleLink);
        if (link < 0) {
            link = reading.firstWithPartner(ids.roleRef, ids.aspirationIntent, ids.aspirationTarget, ids.gain);
        }
        if (link >= 0) {
            points += 4;
            evidence.add(reading.span(link));
        }
        boolean specific = reading.has(ids.jobRole) || mentions > 1;
        if (specific && points > 0) {
            points += 2;
        }
        String advice = mentions == 0
                ? "Name this role and say what in it moves you toward your goal."
                : link < 0 ? "Say how this role serves your goal, for example what it lets you learn or lead."
                : "The role is tied to your goal; one concrete task from the job description would make it vivid.";
        return new CriterionScore(ID, points, max(), evidence.toList(), advice);
    }
}
