package dev.aspire.scoring;

/**
 * Facts several criteria and flags share, worked out once per answer.
 *
 * @param goal        the occurrence naming the aspiration's target, framed as a goal (by an intent or a
 *                    horizon in its sentence); -1 when there is none
 * @param looseTarget a target named without such a frame, or -1
 * @param question    the id of the question variant being answered
 * @param seconds     how long the answer takes to say at the request's pace
 */
record AnswerFacts(int goal, int looseTarget, String question, double seconds) {
    boolean hasGoal() {
        return goal >= 0;
    }

    /** The answer names something concrete to aim at, framed or not. */
    boolean hasAspiration() {
        return goal >= 0 || looseTarget >= 0;
    }

    static AnswerFacts of(Reading reading, String question, int wordsPerMinute) {
        SignalIds ids = reading.ids;
        int goal = reading.firstWithPartner(ids.aspirationTarget, ids.aspirationIntent, ids.horizon, ids.horizonVague);
        int loose = reading.first(ids.aspirationTarget);
        double seconds = Math.round(reading.words() * 600.0 / wordsPerMinute) / 10.0;
        return new AnswerFacts(goal, goal >= 0 ? -1 : loose, question, seconds);
    }
}
