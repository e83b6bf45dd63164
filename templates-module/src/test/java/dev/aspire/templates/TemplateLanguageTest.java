package dev.aspire.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aspire.core.CandidateProfile;
import org.junit.jupiter.api.Test;

/** The placeholder language as a pack author uses it. */
class TemplateLanguageTest {
    private static final CandidateProfile PROFILE = new ProfileBuilder().build();

    private static String render(String phrasing, CandidateProfile profile) {
        return TemplateParser.parse(phrasing).render(SlotValues.of(profile));
    }

    private static String render(String phrasing) {
        return render(phrasing, PROFILE);
    }

    private static String error(String phrasing) {
        return assertThrows(TemplateSyntaxException.class, () -> TemplateParser.parse(phrasing)).getMessage();
    }

    @Test
    void slotsAreFilledFromTheProfile() {
        assertEquals("I want the Senior Pharmacist role at Meadow Health in healthcare.",
                render("I want the {role} role at {company} in {industry}."));
        assertEquals("Within ten years I aim to be a clinical lead pharmacist.",
                render("Within {horizon} I aim to be {a goal}."));
        assertEquals("one year", render("{horizon}", new ProfileBuilder().horizon(1).build()));
    }

    @Test
    void listsAreJoinedTheWayPeopleSpeak() {
        assertEquals("checking prescriptions, advising patients and managing stock", render("{skills}"));
        assertEquals("checking prescriptions and advising patients", render("{skills:2}"));
        assertEquals("advising patients", render("{skills.2}"));
        assertEquals("the role runs the ward medicines service", render("{reasons}"));
        assertEquals("a and b", render("{reasons}", new ProfileBuilder().reasons("a", "b").build()));
    }

    @Test
    void articlesAndCapitalsFollowTheValue() {
        CandidateProfile operations = new ProfileBuilder().goal("operations manager").build();
        assertEquals("an operations manager", render("{a goal}", operations));
        assertEquals("An operations manager is what I aim to be.", render("{A goal} is what I aim to be.", operations));
        assertEquals("Eight years as a hospital pharmacist: that is my start.",
                render("{^background}: that is my start.", new ProfileBuilder()
                        .background("eight years as a hospital pharmacist").build()));
    }

    @Test
    void optionalSectionsDisappearWhenTheirFieldIsEmpty() {
        String phrasing = "I admire {company}[, which is committed to {mission}].";
        assertEquals("I admire Meadow Health.", render(phrasing));
        assertEquals("I admire Meadow Health, which is committed to safer medicines for everyone.",
                render(phrasing, new ProfileBuilder().mission("safer medicines for everyone.").build()));
    }

    @Test
    void aSectionCanOfferAnAlternative() {
        String phrasing = "My focus is [{theme}|the whole field].";
        assertEquals("My focus is the whole field.", render(phrasing));
        assertEquals("My focus is antibiotics.", render(phrasing, new ProfileBuilder().theme("antibiotics").build()));
        String fiveYears = "In five years I will be [on my way to {a goal} within {long-horizon}|{a goal}].";
        assertEquals("In five years I will be on my way to a clinical lead pharmacist within ten years.",
                render(fiveYears));
        assertEquals("In five years I will be a clinical lead pharmacist.",
                render(fiveYears, new ProfileBuilder().horizon(4).build()));
    }

    @Test
    void profileValuesAreInsertedAsTextAndNeverExpandedAgain() {
        CandidateProfile tricky = new ProfileBuilder()
                .skills("{company}", "[pricing|costing]", "back\\slash {{work}}")
                .company("{role} Ltd")
                .build();
        assertEquals("{company}, [pricing|costing] and back\\slash {{work}} at {role} Ltd",
                render("{skills} at {company}", tricky));
    }

    @Test
    void backslashWritesTheSpecialCharactersThemselves() {
        assertEquals("braces {like this} and [these] or a | bar \\ here",
                render("braces \\{like this\\} and \\[these\\] or a \\| bar \\\\ here"));
    }

    @Test
    void mistakesAreNamedWithTheTextAtFault() {
        assertTrue(error("I work at {compnay}.").startsWith("unknown slot 'compnay'; known slots: background, skills"));
        assertTrue(error("I work at {company.").contains("'{' is never closed"));
        assertTrue(error("I work at company}.").contains("'}' without a matching '{'"));
        assertTrue(error("I work at [{company}.").contains("'[' is never closed"));
        assertTrue(error("a ] b").contains("']' outside an optional section"));
        assertTrue(error("I like {}.").contains("cannot read this placeholder"));
        assertTrue(error("{company.1}").contains("'company' holds one value"));
        assertTrue(error("{skills.9}").contains("N must be 1-5"));
        assertTrue(error("[no slot here]").contains("needs a placeholder of its own"));
        assertTrue(error("[{theme}|a|b]").contains("more than one '|'"));
    }

    @Test
    void aFieldThatCanBeEmptyMustSitInAnOptionalSection() {
        assertTrue(error("Our mission: {mission}.").startsWith("slot 'mission' can be empty; put it inside [ ... ]"));
        assertTrue(error("Also {skills.4}.").startsWith("slot 'skills.4' can be empty"));
        assertTrue(error("[{company}|{theme}]").startsWith("slot 'theme' can be empty"));
        assertEquals("Also .", render("Also [{skills.4}].").replace("  ", " "));
    }

    @Test
    void sizeAndNestingAreBoundedBecausePacksComeFromStrangers() {
        assertTrue(error("x".repeat(TemplateParser.MAX_LENGTH + 1)).contains("the limit is 1000"));
        assertTrue(error("[[[[{theme}]]]]").contains("nest more than 3 deep"));
        assertTrue(error("{role} ".repeat(TemplateParser.MAX_PLACEHOLDERS + 1)).contains("more than 40 placeholders"));
        assertEquals("antibiotics for children", render("[{theme}[ for {mission}[ at {skills.4}]]]",
                new ProfileBuilder().theme("antibiotics").mission("children").build()));
    }
}
