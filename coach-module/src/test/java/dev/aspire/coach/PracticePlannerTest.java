package dev.aspire.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PracticePlannerTest {
    private final PracticePlanner planner = new PracticePlanner(Fakes.catalogue());

    @Test
    void theSameSeedGivesTheSameRounds() {
        assertEquals(describe(planner.plan(6, 42)), describe(planner.plan(6, 42)));
    }

    @Test
    void anotherSeedGivesOtherRounds() {
        assertNotEquals(describe(planner.plan(6, 1)), describe(planner.plan(6, 2)));
    }

    @Test
    void noQuestionOrInterviewerComesBackBeforeTheOthersHadTheirTurn() {
        List<PracticeRound> rounds = planner.plan(4, 7);

        Set<String> questions = new HashSet<>();
        Set<String> interviewers = new HashSet<>();
        rounds.forEach(round -> {
            questions.add(round.question().id());
            interviewers.add(round.interviewer().id());
        });
        assertEquals(4, questions.size(), "all four forms of the question in four rounds");
        assertEquals(4, interviewers.size(), "four different interviewers in four rounds");
        assertEquals(List.of(1, 2, 3, 4), rounds.stream().map(PracticeRound::number).toList());
    }

    @Test
    void twelveRoundsNeverRepeatAPair() {
        Set<String> pairs = new HashSet<>(describe(planner.plan(12, 3)));

        assertEquals(12, pairs.size());
    }

    @Test
    void theNumberOfRoundsIsBounded() {
        assertThrows(IllegalArgumentException.class, () -> planner.plan(0, 1));
        assertThrows(IllegalArgumentException.class, () -> planner.plan(PracticePlanner.MAX_ROUNDS + 1, 1));
    }

    private static List<String> describe(List<PracticeRound> rounds) {
        return rounds.stream().map(round -> round.question().id() + " by " + round.interviewer().id()).toList();
    }
}
