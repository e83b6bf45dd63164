package dev.aspire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueTest {
    private static QuestionVariant question(String id) {
        return new QuestionVariant(id, "Asked " + id + "?", "Answer " + id + ".");
    }

    @Test
    void entriesAreFoundByIdInContributionOrder() {
        Catalogue<QuestionVariant> catalogue = new Catalogue<>("question variant",
                List.of(question("b-first"), question("a-second")));
        assertEquals(List.of("b-first", "a-second"), catalogue.ids());
        assertEquals("Asked a-second?", catalogue.require("a-second").question());
        assertTrue(catalogue.find("missing").isEmpty());
    }

    @Test
    void anUnknownIdNamesTheKnownOnes() {
        Catalogue<QuestionVariant> catalogue = new Catalogue<>("question variant",
                List.of(question("five-years"), question("hoping-to-get")));
        UnknownIdException e = assertThrows(UnknownIdException.class, () -> catalogue.require("ten-years"));
        assertEquals("unknown question variant 'ten-years'; known: five-years, hoping-to-get", e.getMessage());
    }

    @Test
    void aDuplicateIdIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Catalogue<>("question variant", List.of(question("same"), question("same"))));
        assertTrue(e.getMessage().contains("duplicate question variant id 'same'"), e.getMessage());
    }

    @Test
    void idsMustBeLowerCaseWords() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> question("Five_Years"));
        assertTrue(e.getMessage().contains("'Five_Years' is not valid"), e.getMessage());
    }

    @Test
    void mergingNamesBothSourcesOfADuplicate() {
        CatalogueContribution first = contribution("the built-in catalogue", question("five-years"));
        CatalogueContribution second = contribution("pack extra.yaml", question("five-years"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DomainCatalogue.merge(List.of(first, second)));
        assertEquals("duplicate question variant id 'five-years': defined in the built-in catalogue"
                + " and again in pack extra.yaml", e.getMessage());
    }

    @Test
    void mergingKeepsEveryContributionsEntries() {
        DomainCatalogue merged = DomainCatalogue.merge(List.of(
                contribution("one", question("first")), contribution("two", question("second"))));
        assertEquals(List.of("first", "second"), merged.questionVariants().ids());
        assertEquals(List.of("first", "second"), merged.allIds());
    }

    private static CatalogueContribution contribution(String source, QuestionVariant variant) {
        return new CatalogueContribution() {
            @Override
            public String source() {
                return source;
            }

            @Override
            public List<QuestionVariant> questionVariants() {
                return List.of(variant);
            }
        };
    }
}
