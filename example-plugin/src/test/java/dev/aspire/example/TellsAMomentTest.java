package dev.aspire.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aspire.core.TargetJob;
import dev.aspire.core.scoring.CriterionScore;
import dev.aspire.core.scoring.ScoringRequest;
import dev.aspire.core.scoring.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the story-first criterion rewards, answer by answer. */
class TellsAMomentTest {
    private static final TargetJob DEPOT = new TargetJob("Team Leader", "Northline Freight", "logistics", "");

    @Test
    void aMomentWhatWasNoticedAndTheRoleAfterItEarnAllTenPoints() {
        CriterionScore score = score("One winter morning the trucks froze, and I noticed that a calm plan kept everyone"
                + " moving. That is why I want to be Team Leader at Northline Freight.");

        assertEquals(10, score.points());
        assertEquals(List.of("One winter morning", "I noticed", "Team Leader"),
                score.evidence().stream().map(Span::text).toList());
    }

    @Test
    void aMomentWithoutWhatItTaughtEarnsFourAndAsksForIt() {
        CriterionScore score = score("One winter morning the trucks froze.");

        assertEquals(4, score.points());
        assertEquals("Say what you saw or learned in that moment: \"that day I noticed...\".", score.advice());
    }

    @Test
    void anAnswerWithoutAStoryEarnsNothingWhateverElseItSays() {
        CriterionScore score = score("I learned planning and I want to be Team Leader at Northline Freight.");

        assertEquals(3, score.points(), "only 'I learned'; no moment, so the role cannot come after one");
        assertEquals("Tell one moment from your own work, and say when it happened.", score.advice());
    }

    @Test
    void withoutAJobTheRoleIsFoundAsThisRole() {
        CriterionScore score = new TellsAMoment().score(ScoringRequest.of(
                "The day the depot flooded, I saw what planning is for. This role is the next step."));

        assertEquals(10, score.points());
    }

    private static CriterionScore score(String answer) {
        return new TellsAMoment().score(new ScoringRequest(answer, Optional.of(DEPOT), Optional.empty(),
                Optional.empty()));
    }
}
