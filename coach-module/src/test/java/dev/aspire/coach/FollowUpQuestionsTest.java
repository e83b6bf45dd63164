package dev.aspire.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aspire.core.Aspiration;
import dev.aspire.core.AspirationKind;
import dev.aspire.core.CandidateProfile;
import dev.aspire.core.TargetJob;
import dev.aspire.data.DataFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpQuestionsTest {
    private final FollowUpQuestions followUps = new FollowUpQuestions(new DataFiles());

    @Test
    void theQuestionsAreWordedForTheProfile() {
        List<FollowUp> questions = followUps.forProfile(Fakes.profile());

        assertEquals("Why Cacao & Co, rather than another employer in confectionery?", questions.get(0).question());
        assertTrue(questions.stream().anyMatch(q -> q.question().equals("What if there is no management track here for you?")));
        assertTrue(questions.stream().anyMatch(q -> q.question().contains("10 years from now")));
        assertTrue(questions.size() >= 6, "enough to prepare for: " + questions.size());
    }

    @Test
    void everyQuestionHasPointersAndNoPlaceholderIsLeft() {
        for (FollowUp followUp : followUps.forProfile(Fakes.profile())) {
            assertFalse(followUp.pointers().isEmpty(), followUp.id());
            String all = followUp.question() + String.join(" ", followUp.pointers());
            assertFalse(all.contains("{") || all.contains("}"), all);
        }
    }

    @Test
    void aProfileValueThatLooksLikeAPlaceholderStaysAsWritten() {
        CandidateProfile profile = Fakes.profile();
        CandidateProfile odd = new CandidateProfile(profile.background(), profile.skills(), profile.passions(),
                new Aspiration(AspirationKind.SKILL, "{company} $1 lead", 10, ""),
                new TargetJob("Analyst", "{goal}", "retail", ""), profile.reasons());

        List<FollowUp> questions = followUps.forProfile(odd);

        assertEquals("Why {goal}, rather than another employer in retail?", questions.get(0).question());
        assertTrue(questions.get(0).pointers().get(1).contains("({company} $1 lead)"),
                questions.get(0).pointers().get(1));
    }
}
