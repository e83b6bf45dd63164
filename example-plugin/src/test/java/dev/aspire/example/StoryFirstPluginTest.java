package dev.aspire.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import dev.aspire.cli.AspireInjector;
import dev.aspire.core.TargetJob;
import dev.aspire.core.plugin.ArchetypeSignal;
import dev.aspire.core.plugin.ScoringCriterion;
import dev.aspire.core.scoring.CriterionScore;
import dev.aspire.core.scoring.ScoringRequest;
import dev.aspire.data.AspireSettings;
import dev.aspire.plugins.PluginModule;
import dev.aspire.plugins.Plugins;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The story-first plugin, found on the class path, as a user meets it through the command line. */
class StoryFirstPluginTest {
    private static final TargetJob CACAO = new TargetJob("Marketing Assistant", "Cacao & Co", "confectionery", "");

    @TempDir
    Path home;

    @Test
    void itIsListedWithTheBuiltInArchetypesAndExplained() {
        Aspire list = Aspire.run(home, "list", "archetypes");
        Aspire explain = Aspire.run(home, "explain", "story-first");

        assertEquals(0, list.exitCode(), list.toString());
        assertEquals("", list.err());
        List<String> ids = list.out().lines().map(line -> line.split(" ")[0]).toList();
        assertEquals(List.of("skills-application", "role-and-work-style-alignment", "pursuit-of-passion",
                "opportunities-offered", "leadership-potential", "story-first"), ids);
        assertEquals(0, explain.exitCode(), explain.toString());
        assertTrue(explain.out().contains("the next chapter of that story"), explain.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"restaurant-server", "depot-shift-coordinator", "lab-technician-transit"})
    void answerWritesEveryQuestionForEveryInterviewerInTheStoryFirstStyle(String sample) {
        Aspire run = Aspire.run(home, "answer", "--profile", profile(sample), "--all", "--archetype", "story-first",
                "--format", "json");

        assertEquals(0, run.exitCode(), run.toString());
        JsonNode answers = run.json();
        assertEquals(4 * 6, answers.size());
        for (JsonNode answer : answers) {
            String text = answer.get("text").asText();
            assertEquals("story-first", answer.get("archetype").asText());
            assertTrue(answer.get("words").asInt() >= 90 && answer.get("words").asInt() <= 200, text);
            assertTrue(new StoryMarkers().find(ScoringRequest.of(text)).size() >= 2, "a story is told: " + text);
        }
    }

    @ParameterizedTest
    @CsvSource({"restaurant-server, skills-application", "depot-shift-coordinator, leadership-potential",
        "lab-technician-transit, pursuit-of-passion"})
    void profilesWithoutStoriesKeepTheRecommendationTheyHadWithoutThePlugin(String sample, String archetype) {
        Aspire run = Aspire.run(home, "answer", "--profile", profile(sample), "--question", "five-years",
                "--interviewer", "hiring-manager", "--format", "json");

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(archetype, run.json().get("archetype").asText());
    }

    @Test
    void aProfileFullOfStoriesIsRecommendedTheStoryFirstArchetype() throws IOException {
        Path profile = home.resolve("writer.yaml");
        Files.writeString(profile, String.join("\n",
                "background: Five years writing copy for a regional theatre",
                "skills: [writing to deadline, interviewing people, editing]",
                "passions: [theatre, short films, walking]",
                "aspiration: {kind: industry, goal: museum curator, horizonYears: 10}",
                "job: {title: Visitor Programme Assistant, company: Harbour Museum, industry: museums}",
                "reasons: [the role writes the stories visitors read in the galleries]", ""));

        Aspire run = Aspire.run(home, "answer", "--profile", profile.toString(), "--question", "five-years",
                "--interviewer", "hiring-manager", "--format", "json");

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("story-first", run.json().get("archetype").asText());
        assertTrue(run.json().get("reason").asText().startsWith("Story first fits best"), run.out());
    }

    @Test
    void itsCriterionAndSignalArePublishedForTheScorer() {
        AspireSettings settings = new AspireSettings(home, List.of(), List.of());
        List<String> warnings = new ArrayList<>();
        PluginModule plugins = Plugins.load(settings, getClass().getClassLoader(), warnings::add);
        Injector injector = AspireInjector.create(settings, List.of(plugins));

        List<ScoringCriterion> criteria = new ArrayList<>(injector.getInstance(
                Key.get(new TypeLiteral<Set<ScoringCriterion>>() { })));
        List<ArchetypeSignal> signals = new ArrayList<>(injector.getInstance(
                Key.get(new TypeLiteral<Set<ArchetypeSignal>>() { })));

        assertEquals(List.of(), warnings);
        assertEquals(List.of("story-first"), plugins.pluginIds());
        assertEquals(1, criteria.size());
        assertEquals("tells-a-moment", criteria.get(0).id());
        assertEquals(10, criteria.get(0).max());
        assertEquals(Optional.of("story-first"), criteria.get(0).archetype());
        assertEquals(List.of("story-first"), signals.stream().map(ArchetypeSignal::archetype).toList());
    }

    @Test
    void aStoryFirstAnswerEarnsTheCriterionsPointsAndShowsTheSignalWhereABuiltInOneDoesNot() {
        String story = answer("story-first");
        String skills = answer("skills-application");
        ScoringRequest storyRequest = new ScoringRequest(story, Optional.of(CACAO), Optional.empty(), Optional.empty());
        ScoringRequest skillsRequest = new ScoringRequest(skills, Optional.of(CACAO), Optional.empty(), Optional.empty());

        CriterionScore scored = new TellsAMoment().score(storyRequest);

        assertEquals(10, scored.points(), story);
        assertTrue(new StoryMarkers().find(storyRequest).size() >= 2, story);
        assertEquals(List.of(), new StoryMarkers().find(skillsRequest), skills);
        assertFalse(new TellsAMoment().score(skillsRequest).points() == 10, skills);
    }

    private static String profile(String sample) {
        return Aspire.EXAMPLES.resolve("profiles").resolve(sample + ".yaml").toString();
    }

    private String answer(String archetype) {
        Aspire run = Aspire.run(home, "answer", "--profile", Aspire.SERVER, "--question", "career-aspirations",
                "--interviewer", "hiring-manager", "--archetype", archetype, "--format", "json");
        assertEquals(0, run.exitCode(), run.toString());
        return run.json().get("text").asText();
    }
}
