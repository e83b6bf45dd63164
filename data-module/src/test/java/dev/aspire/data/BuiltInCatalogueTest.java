package dev.aspire.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aspire.core.AnswerArchetype;
import dev.aspire.core.CatalogueEntry;
import dev.aspire.core.DomainCatalogue;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltInCatalogueTest {
    private final DomainCatalogue catalogue = DomainCatalogue.merge(List.of(new BuiltInCatalogue(new DataFiles())));

    @Test
    void holdsTheFourFormsOfTheQuestion() {
        assertEquals(List.of("career-aspirations", "five-years", "hoping-to-get", "aligns-with-goals"),
                catalogue.questionVariants().ids());
        assertEquals("Where do you see yourself five years from now?",
                catalogue.questionVariants().require("five-years").question());
    }

    @Test
    void holdsTheSixInterviewerRoles() {
        assertEquals(List.of("external-recruiter", "internal-recruiter", "hiring-manager", "hiring-managers-boss",
                "potential-direct-report", "other-interviewer"), catalogue.interviewerRoles().ids());
    }

    @Test
    void holdsTheFiveArchetypes() {
        assertEquals(List.of("skills-application", "role-and-work-style-alignment", "pursuit-of-passion",
                "opportunities-offered", "leadership-potential"), catalogue.archetypes().ids());
    }

    @Test
    void everyEntryIsDescribedInFull() {
        for (var kind : catalogue.catalogues()) {
            for (CatalogueEntry entry : kind.all()) {
                assertFalse(entry.summary().isBlank(), entry.id());
                assertTrue(entry.details().size() >= 2, entry.id());
                entry.details().forEach((label, text) -> assertFalse(text.isBlank(), entry.id() + " " + label));
            }
        }
    }

    @Test
    void everyArchetypeHasAnExampleAndSuitsAtLeastOneAspirationKind() {
        for (AnswerArchetype archetype : catalogue.archetypes().all()) {
            assertFalse(archetype.example().isBlank(), archetype.id());
            assertFalse(archetype.suitedTo().isEmpty(), archetype.id());
        }
    }

    @Test
    void theHiringManagerIsPitchedOnDeliveryAndStaying() {
        String pitch = catalogue.interviewerRoles().require("hiring-manager").pitch();
        assertTrue(pitch.contains("reliability") && pitch.contains("stay"), pitch);
    }
}
