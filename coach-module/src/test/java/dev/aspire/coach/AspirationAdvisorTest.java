package dev.aspire.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aspire.core.AspirationKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AspirationAdvisorTest {
    @Test
    void guidingOthersInTheBackgroundSuggestsLeadership() {
        assertEquals(AspirationKind.LEADERSHIP, AspirationAdvisor.propose("I coached the junior squad",
                List.of("budgets", "reports", "forecasts"), Optional.of("football")).kind());
    }

    @Test
    void aPassionToWorkInSuggestsIndustry() {
        AspirationAdvisor.Proposal proposal = AspirationAdvisor.propose("Psychology graduate",
                List.of("listening", "research", "writing"), Optional.of("sustainability"));

        assertEquals(AspirationKind.INDUSTRY, proposal.kind());
        assertEquals("you could see yourself working in sustainability, so the field itself can carry your answer",
                proposal.reason());
    }

    @Test
    void otherwiseTheSkillsCarryTheAnswer() {
        AspirationAdvisor.Proposal proposal = AspirationAdvisor.propose("Server in a bistro",
                List.of("upselling", "menus", "rotas"), Optional.empty());

        assertEquals(AspirationKind.SKILL, proposal.kind());
        assertEquals("your skills (upselling and menus) are the strongest thread in what you wrote", proposal.reason());
    }

    @Test
    void aGuidingWordHiddenInsideAnotherWordDoesNotCount() {
        assertEquals(AspirationKind.SKILL, AspirationAdvisor.propose("Copy editor",
                List.of("fixing misleading headlines", "proofreading", "layout"), Optional.empty()).kind());
    }
}
