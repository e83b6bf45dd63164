package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CatalogueCommandsTest {
    @Test
    void listArchetypesPrintsTheFiveIdsWithADescription() {
        CliRun run = CliRun.of("list", "archetypes");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(5, lines.size());
        assertTrue(lines.get(0).startsWith("skills-application "), lines.get(0));
        assertTrue(lines.get(4).startsWith("leadership-potential "), lines.get(4));
        lines.forEach(line -> assertTrue(line.split("\\s{2,}", 2)[1].length() > 20, line));
        assertEquals("", run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"archetypes", "questions", "interviewers"})
    void everyListIsValidJsonWithIds(String what) throws Exception {
        CliRun run = CliRun.of("list", what, "--format", "json");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertTrue(array.isArray() && array.size() >= 4, run.out());
        List<String> ids = new ArrayList<>();
        array.forEach(entry -> ids.add(entry.get("id").asText()));
        assertEquals(array.size(), ids.stream().distinct().count());
        assertTrue(ids.stream().allMatch(id -> id.matches("[a-z][a-z0-9-]*")), ids.toString());
    }

    @Test
    void questionsListTheQuestionAsAsked() {
        CliRun run = CliRun.of("list", "questions");
        assertTrue(run.out().contains("five-years          Where do you see yourself five years from now?"),
                run.out());
    }

    @Test
    void explainDescribesTheHiringManager() {
        CliRun run = CliRun.of("explain", "hiring-manager");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("hiring-manager (interviewer role)\n"), run.out());
        assertTrue(run.out().contains("Looks for:") && run.out().contains("How to pitch:"), run.out());
        assertTrue(run.out().contains("decision maker"), run.out());
    }

    @Test
    void explainGivesJsonWithTheKind() throws Exception {
        CliRun run = CliRun.of("explain", "pursuit-of-passion", "--format", "json");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("archetype", json.get("kind").asText());
        assertEquals("pursuit-of-passion", json.get("entry").get("id").asText());
        assertEquals("industry", json.get("entry").get("suitedTo").get(0).asText());
    }

    @Test
    void anUnknownIdExitsTwoAndNamesTheKnownIds() {
        CliRun run = CliRun.of("explain", "hiring-managr");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("aspire: unknown id 'hiring-managr'; known: skills-application,"), run.err());
        assertTrue(run.err().contains("hiring-manager"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void anUnknownListExitsTwoAndNamesTheLists() {
        CliRun run = CliRun.of("list", "roles");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals("aspire: unknown list 'roles'; known: archetypes, questions, interviewers\n", run.err());
    }

    @Test
    void anUnknownFormatExitsTwo() {
        CliRun run = CliRun.of("list", "archetypes", "--format", "yaml");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals("aspire: unknown format 'yaml'; known: text, json\n", run.err());
    }
}
