package dev.aspire.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.multibindings.Multibinder;
import dev.aspire.core.AnswerArchetype;
import dev.aspire.core.AspirationKind;
import dev.aspire.core.CandidateProfile;
import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.InterviewerRole;
import dev.aspire.core.QuestionVariant;
import dev.aspire.core.answer.AnswerComposer;
import dev.aspire.core.answer.AnswerRequest;
import dev.aspire.core.answer.ComposedAnswer;
import dev.aspire.data.DataFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packs from the user: adding an archetype, overriding phrasings, and the messages for broken packs. */
class TemplatePacksTest {
    private static final Path EXAMPLE_PACKS = Fixtures.EXAMPLES.resolve("packs");
    private static final Path SERVER = Fixtures.EXAMPLES.resolve("profiles").resolve("restaurant-server.yaml");

    @TempDir
    Path home;

    @TempDir
    Path packs;

    @Test
    void aPackInTheUsersDirectoryAddsAnArchetypeThatAnswersEveryQuestion() throws IOException {
        Files.createDirectories(home.resolve("packs"));
        Files.copy(EXAMPLE_PACKS.resolve("community-builder.yaml"), home.resolve("packs/community-builder.yaml"));
        Injector injector = Fixtures.injector(home, List.of());
        DomainCatalogue catalogue = Fixtures.catalogue(injector);
        AnswerArchetype community = catalogue.archetypes().require("community-builder");
        assertEquals("Community builder", community.name());

        CandidateProfile profile = Fixtures.profile(injector, SERVER);
        for (QuestionVariant question : catalogue.questionVariants().all()) {
            for (InterviewerRole interviewer : catalogue.interviewerRoles().all()) {
                ComposedAnswer answer = Fixtures.composer(injector).compose(
                        new AnswerRequest(profile, question, interviewer, Optional.of(community), 0));
                assertTrue(AnswerChecks.problems(answer, profile).isEmpty(),
                        AnswerChecks.problems(answer, profile) + ": " + answer.text());
                assertTrue(answer.text().contains("people together") || answer.text().contains("People gather"),
                        "the pack's own account of the past: " + answer.text());
            }
        }
    }

    @Test
    void aPacksCuesLetItsArchetypeBeRecommended() throws IOException {
        Injector injector = Fixtures.injector(home, List.of(EXAMPLE_PACKS));
        CandidateProfile organiser = new ProfileBuilder()
                .kind(AspirationKind.LEADERSHIP)
                .background("Three years organising neighbourhood events as a community volunteer")
                .skills("running events", "recruiting volunteers", "writing newsletters")
                .passions("community gardening", "folk music", "cooking")
                .build();
        var recommendation = Fixtures.composer(injector).recommend(organiser);
        assertEquals("community-builder", recommendation.archetype().id());
        assertTrue(recommendation.reason().startsWith("Community builder fits best"), recommendation.reason());
        assertTrue(recommendation.reason().contains("'neighbourhood'"), recommendation.reason());
    }

    @Test
    void anEntryForOneArchetypeOverridesOnlyThatArchetype() {
        Injector injector = Fixtures.injector(home, List.of(EXAMPLE_PACKS));
        CandidateProfile profile = Fixtures.profile(injector, SERVER);
        assertTrue(compose(injector, profile, "community-builder", "career-aspirations", 0).text()
                .startsWith("My aspiration is to build communities for a living"));
        for (int variant = 0; variant < 3; variant++) {
            assertTrue(!compose(injector, profile, "skills-application", "career-aspirations", variant).text()
                    .contains("build communities"));
        }
    }

    @Test
    void aPackFromPacksOverridesTheBuiltInPhrasingsItMatchesExactly() throws IOException {
        Files.copy(EXAMPLE_PACKS.resolve("closing-lines.yaml"), packs.resolve("closing-lines.yaml"));
        Injector injector = Fixtures.injector(home, List.of(packs));
        CandidateProfile profile = Fixtures.profile(injector, SERVER);
        for (int variant = 0; variant < 4; variant++) {
            String fiveYears = compose(injector, profile, "skills-application", "five-years", variant).text();
            assertTrue(fiveYears.endsWith("the job where my career at Cacao & Co took shape.")
                    || fiveYears.endsWith("building something lasting at Cacao & Co."), fiveYears);
        }
        String other = compose(injector, profile, "skills-application", "career-aspirations", 0).text();
        Injector plain = Fixtures.injector(home, List.of());
        assertEquals(compose(plain, profile, "skills-application", "career-aspirations", 0).text(), other);
    }

    @Test
    void aPhrasingWithAnUnknownSlotNamesTheFileAndLine() throws IOException {
        String message = failure("""
                templates:
                  - part: close
                    phrasings:
                      - I want to grow at {compnay}.
                """);
        assertEquals(packs.resolve("pack.yaml") + ":4: unknown slot 'compnay'; known slots: background, skills,"
                + " passions, reasons, goal, horizon, long-horizon, theme, role, company, industry, mission"
                + " (at \"{compnay}\")", message);
    }

    @Test
    void anUnclosedBraceInAFoldedPhrasingPointsAtThePhrasing() throws IOException {
        String message = failure("""
                # a comment
                templates:
                  - part: close
                    phrasings:
                      - Fine at {company}.
                      - >-
                        I want to grow
                        at {company.
                """);
        assertTrue(message.startsWith(packs.resolve("pack.yaml") + ":6: '{' is never closed"), message);
    }

    @Test
    void anUnknownQuestionIdNamesTheKnownOnes() throws IOException {
        String message = failure("""
                templates:
                  - part: opening
                    question: five-year
                    phrasings: ["Five years on, I am at {company}."]
                """);
        assertEquals(packs.resolve("pack.yaml") + ":2: unknown question variant 'five-year'; known:"
                + " career-aspirations, five-years, hoping-to-get, aligns-with-goals", message);
    }

    @Test
    void unknownPartsKindsAndFieldsAreNamed() throws IOException {
        assertTrue(failure("templates:\n  - part: middle\n    phrasings: [x]\n")
                .endsWith("pack.yaml:2: unknown part 'middle'; known: opening, past, present, future, pitch, close"));
        assertTrue(failure("templates:\n  - part: past\n    kind: wisdom\n    phrasings: [x]\n")
                .contains("pack.yaml:2: unknown aspiration kind 'wisdom'; known: skill, leadership, industry"));
        String field = failure("templates:\n  - part: past\n    phrasing: [x]\n");
        assertTrue(field.startsWith(packs.resolve("pack.yaml") + ":3: templates[1].phrasing: unknown field"
                + " 'phrasing'; known fields: archetype, interviewer, kind, part, phrasings, question"), field);
        assertTrue(failure("templates:\n  - part: past\n    phrasings: []\n").endsWith("pack.yaml:2: phrasings: list"
                + " 1-20 alternatives"));
        assertTrue(failure("cues:\n  - archetype: skills-application\n    lookIn: [hobbies]\n    words: [x]\n")
                .contains("pack.yaml:2: unknown slot 'hobbies'"));
    }

    @Test
    void twoEntriesForTheSameThingInOnePackAreAMistake() throws IOException {
        String message = failure("""
                templates:
                  - part: close
                    question: five-years
                    phrasings: ["I stay at {company}."]
                  - part: close
                    question: five-years
                    phrasings: ["I grow at {company}."]
                """);
        assertTrue(message.endsWith("pack.yaml:5: another entry for close / question five-years starts at line 2;"
                + " put all their phrasings in one entry"), message);
    }

    @Test
    void brokenYamlAndEmptyPacksSayWhatIsWrong() throws IOException {
        assertTrue(failure("templates:\n  - part: close\n   phrasings: [x\n").startsWith(packs.resolve("pack.yaml") + ":"));
        assertTrue(failure("description: nothing else\n").endsWith("holds no archetypes, cues or templates; see"
                + " 'Template packs' in the README for the format"));
    }

    @Test
    void anArchetypeIdCanBeDefinedOnlyOnce() throws IOException {
        Files.copy(EXAMPLE_PACKS.resolve("community-builder.yaml"), packs.resolve("a.yaml"));
        Files.copy(EXAMPLE_PACKS.resolve("community-builder.yaml"), packs.resolve("b.yaml"));
        String twice = failureOf(() -> Fixtures.injector(home, List.of(packs)));
        assertTrue(twice.startsWith(packs.resolve("b.yaml") + ":11: archetype 'community-builder' is already defined"
                + " at " + packs.resolve("a.yaml") + ":11"), twice);

        Files.delete(packs.resolve("b.yaml"));
        Files.writeString(packs.resolve("a.yaml"), """
                archetypes:
                  - id: leadership-potential
                    name: Mine
                    shape: Mine.
                    fitsWhen: Always.
                """);
        String clash = failureOf(() -> Fixtures.injector(home, List.of(packs)));
        assertEquals("duplicate archetype id 'leadership-potential': defined in the built-in catalogue and again in"
                + " template pack " + packs.resolve("a.yaml"), clash);
    }

    @Test
    void aMissingPacksDirectoryIsReported() {
        Path missing = packs.resolve("nowhere");
        assertEquals(missing + ": no such directory; --packs takes a directory of .yaml or .json pack files",
                failureOf(() -> Fixtures.injector(home, List.of(missing))));
    }

    @Test
    void aPluginsPackOverridesTheBuiltInOneAndTheUsersPackOverridesThePlugins() throws IOException {
        Module plugin = new AbstractModule() {
            @Override
            protected void configure() {
                Multibinder.newSetBinder(binder(), PluginPack.class).addBinding().toInstance(
                        new PluginPack(TemplatePacksTest.class, "plugin-close.yaml", "plugin.jar!/plugin-close.yaml"));
            }
        };
        Injector withPlugin = Fixtures.injector(home, List.of(), plugin);
        CandidateProfile profile = Fixtures.profile(withPlugin, SERVER);
        assertTrue(compose(withPlugin, profile, "skills-application", "five-years", 0).text()
                .endsWith("I mean to be at Cacao & Co for the long run, and to earn more of its trust every year."));

        Files.writeString(packs.resolve("close.yaml"), """
                templates:
                  - part: close
                    question: five-years
                    phrasings: ["Five years on, I want to be growing at {company} still."]
                """);
        Injector withBoth = Fixtures.injector(home, List.of(packs), plugin);
        assertTrue(compose(withBoth, profile, "skills-application", "five-years", 0).text()
                .endsWith("Five years on, I want to be growing at Cacao & Co still."));
    }

    @Test
    void aPackCanBeJson() throws IOException {
        Files.writeString(packs.resolve("close.json"), """
                {"templates": [{"part": "close", "question": "five-years",
                                "phrasings": ["I intend to grow with {company} well beyond five years."]}]}
                """);
        Injector injector = Fixtures.injector(home, List.of(packs));
        CandidateProfile profile = Fixtures.profile(injector, SERVER);
        assertTrue(compose(injector, profile, "skills-application", "five-years", 0).text()
                .endsWith("I intend to grow with Cacao & Co well beyond five years."));
    }

    private String failure(String pack) throws IOException {
        Files.writeString(packs.resolve("pack.yaml"), pack);
        return failureOf(() -> {
            Injector injector = Fixtures.injector(home, List.of(packs));
            compose(injector, Fixtures.profile(injector, SERVER), "skills-application", "five-years", 0);
        });
    }

    /** The user-facing message, whether it surfaces while the graph is built or while an answer is written. */
    private static String failureOf(Runnable action) {
        RuntimeException thrown = assertThrows(RuntimeException.class, action::run);
        Throwable cause = thrown;
        if (thrown instanceof CreationException creation) {
            cause = creation.getErrorMessages().iterator().next().getCause();
        }
        assertInstanceOf(DataFileException.class, cause, () -> "not a data error: " + thrown);
        return cause.getMessage();
    }

    private static ComposedAnswer compose(Injector injector, CandidateProfile profile, String archetype,
                                          String question, int variant) {
        DomainCatalogue catalogue = Fixtures.catalogue(injector);
        AnswerComposer composer = Fixtures.composer(injector);
        return composer.compose(new AnswerRequest(profile, catalogue.questionVariants().require(question),
                catalogue.interviewerRoles().require("hiring-manager"),
                Optional.of(catalogue.archetypes().require(archetype)), variant));
    }
}
