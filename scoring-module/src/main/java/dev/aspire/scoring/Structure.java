package dev.aspire.scoring;

import dev.aspire.core.scoring.CriterionScore;
import dev.aspire.core.scoring.Span;

/** The answer moves from past (what you have done) through present (this role) to future (the goal). */
final class Structure implements Criterion {
    static final String ID = "structure";

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
        SignalIds ids = reading.ids;
        int past = earliest(reading, ids.pastMarker, ids.experience);
        int pastToken = past >= 0 ? reading.found.start[past] : firstPastVerb(reading);
        int present = earliest(reading, ids.presentMarker, ids.roleRef);
        int future = latest(reading, ids.futureMarker, ids.aspirationIntent, ids.horizon);
        EvidenceList evidence = new EvidenceList();
        int points = 0;
        if (pastToken >= 0) {
            points += 2;
            evidence.add(past >= 0 ? reading.span(past)
                    : Span.of(reading.text, reading.tokens.start[pastToken], reading.tokens.end[pastToken]));
        }
        if (present >= 0) {
            points += 2;
            evidence.add(reading.span(present));
        }
        if (future >= 0) {
            points += 2;
            evidence.add(reading.span(future));
        }
        boolean ordered = pastToken >= 0 && present >= 0 && future >= 0
                && pastToken < reading.found.start[future] && reading.found.start[present] <= reading.found.start[future];
        if (ordered) {
            points += 2;
        }
        evidence.sortByStart();
        String advice = pastToken < 0 ? "Open with a line on what you have done so far; it makes the goal believable."
                : present < 0 ? "Bridge from your past to the goal through this role: where you are now and why this job."
                : future < 0 ? "End on the future: where this path leads you."
                : !ordered ? "Tell it in order: what you have done, why this role now, and where it leads."
                : "It runs from past to present to future, an easy line to follow.";
        return new CriterionScore(ID, points, max(), evidence.toList(), advice);
    }

    private static int earliest(Reading reading, int... signals) {
        int best = -1;
        for (int signal : signals) {
            int o = reading.first(signal);
            if (o >= 0 && (best < 0 || o < best)) {
                best = o;
            }
        }
        return best;
    }

    private static int latest(Reading reading, int... signals) {
        int best = -1;
        for (int signal : signals) {
            for (int o = reading.first(signal); o >= 0; o = reading.next(o)) {
                best = Math.max(best, o);
            }
        }
        return best;
    }

    private static int firstPastVerb(Reading reading) {
        Tokens tokens = reading.tokens;
        for (int t = 0; t < tokens.count; t++) {
            if (tokens.is(t, Tokens.PAST)) {
                return t;
            }
        }
        return -1;
    }
}
