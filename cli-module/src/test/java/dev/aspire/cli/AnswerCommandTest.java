package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aspire.data.Mappers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aspire answer}, run in-process exactly as a user runs it. */
class AnswerCommandTest {
    @TempDir
    Path home;

    private CliRun run(String... args) {
        return CliRun.in(home, args);
    }

    private static JsonNode json(String text) throws IOException {
        return Mappers.json().readTree(text);
    }

    @Test
    void oneAnswerAsTextNamesTheQuestionTheArchetypeAndWhy() {
        CliRun run = run("answer", "--profile", CliRun.SERVER, "--question", "five-years",
                "--interviewer", "hiring-manager");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("Where do you see yourself five years from now?  [hiring-manager]\n\n"),
                run.out());
        assertTrue(run.out().contains("Cacao & Co"));
        assertTrue(run.out().contains(" words | archetype: skills-application | variant 0\n"), run.out());
        assertTrue(run.out().contains("Why this archetype: Skills application fits best"), run.out());
        assertTrue(run.out().endsWith("For another phrasing, add --variant 1.\n"), run.out());
        run.out().lines().forEach(line -> assertTrue(line.length() <= 78, "wrapped for a terminal: " + line));
    }

    @Test
    void oneAnswerAsJsonHasTheFieldsScriptsNeed() throws IOException {
        CliRun run = run("answer", "--profile", CliRun.SERVER, "--question", "career-aspirations",
                "--interviewer", "internal-recruiter", "--archetype", "leadership-potential", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode answer = json(run.out());
        assertTrue(answer.get("text").asText().startsWith("My"), answer.toString());
        assertEquals("leadership-potential", answer.get("archetype").asText());
        assertEquals("career-aspirations", answer.get("question").asText());
        assertEquals("internal-recruiter", answer.get("interviewer").asText());
        long words = java.util.Arrays.stream(answer.get("text").asText().split("\\s+"))
                .filter(token -> !token.equals("&")).count();
        assertEquals(words, answer.get("words").asInt(), "'Cacao & Co' is two words");
        assertFalse(answer.get("recommended").asBoolean());
        assertFalse(answer.has("reason"));
    }

    @Test
    void everyAnswerAsAJsonArray() throws IOException {
        CliRun run = run("answer", "--profile", CliRun.SERVER, "--all", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode answers = json(run.out());
        assertEquals(4 * 6, answers.size());
        Set<String> pairs = new HashSet<>();
        answers.forEach(answer -> {
            pairs.add(answer.get("question").asText() + " / " + answer.get("interviewer").asText());
            assertEquals("skills-application", answer.get("archetype").asText());
            int words = answer.get("words").asInt();
            assertTrue(words >= 90 && words <= 200, answer.toString());
        });
        assertEquals(24, pairs.size(), "each question for each interviewer, once");
    }

    @Test
    void everyAnswerAsAMarkdownDocument() {
        CliRun run = run("answer", "--profile", CliRun.SERVER, "--all", "--format", "markdown",
                "--archetype", "pursuit-of-passion");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("# Answers for Marketing Assistant at Cacao & Co\n\n"
                + "Archetype: **Pursuit of passion** (`pursuit-of-passion`).\n"), run.out());
        assertEquals(4, run.out().lines().filter(line -> line.startsWith("## ")).count());
        assertEquals(24, run.out().lines().filter(line -> line.startsWith("### ")).count());
        assertTrue(run.out().contains("## Do you think this position aligns with your professional goals? How?\n"));
    }

    @Test
    void everyAnswerAsAReadableTextDocument() {
        CliRun run = run("answer", "--profile", CliRun.EXAMPLES.resolve("profiles/depot-shift-coordinator.yaml")
                .toString(), "--all");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Answers for Team Leader at Northline Freight\n"
                + "Archetype: Leadership potential (leadership-potential). Leadership potential"), run.out());
        assertEquals(4, run.out().lines().filter(line -> line.startsWith("== ")).count());
        assertEquals(24, run.out().lines().filter(line -> line.startsWith("-- ")).count());
        assertEquals(24, run.out().lines().filter(line -> line.matches("\\(\\d+ words\\)")).count());
    }

    @Test
    void aVariantGivesAnotherPhrasing() throws IOException {
        String[] base = {"answer", "--profile", CliRun.SERVER, "--question", "hoping-to-get",
            "--interviewer", "other-interviewer", "--format", "json"};
        String first = json(run(base).out()).get("text").asText();
        String again = json(run(base).out()).get("text").asText();
        String[] withVariant = java.util.Arrays.copyOf(base, base.length + 2);
        withVariant[base.length] = "--variant";
        withVariant[base.length + 1] = "1";
        JsonNode other = json(run(withVariant).out());
        assertEquals(first, again, "the same command prints the same answer");
        assertNotEquals(first, other.get("text").asText());
        assertEquals(1, other.get("variant").asInt());
    }

    @Test
    void unknownIdsAreUsageErrorsThatListTheKnownOnes() {
        CliRun question = run("answer", "--profile", CliRun.SERVER, "--question", "five-year",
                "--interviewer", "hiring-manager");
        assertEquals(2, question.exitCode());
        assertEquals("", question.out());
        assertEquals("aspire: unknown question variant 'five-year'; known: career-aspirations, five-years,"
                + " hoping-to-get, aligns-with-goals\n", question.err());
        CliRun interviewer = run("answer", "--profile", CliRun.SERVER, "--all", "--archetype", "mentor");
        assertEquals(2, interviewer.exitCode());
        assertTrue(interviewer.err().startsWith("aspire: unknown archetype 'mentor'; known: skills-application,"),
                interviewer.err());
        CliRun format = run("answer", "--profile", CliRun.SERVER, "--all", "--format", "yaml");
        assertEquals("aspire: unknown format 'yaml'; known: text, json, markdown\n", format.err());
    }

    @Test
    void aRequestMustBeEitherOneAnswerOrAll() {
        CliRun neither = run("answer", "--profile", CliRun.SERVER, "--question", "five-years");
        assertEquals(2, neither.exitCode());
        assertTrue(neither.err().startsWith("aspire: say which answer to write: --question ID and --interviewer ID,"
                + " or --all"), neither.err());
        CliRun both = run("answer", "--profile", CliRun.SERVER, "--all", "--interviewer", "hiring-manager");
        assertEquals("aspire: give either --all, or --question and --interviewer, not both\n", both.err());
        CliRun negative = run("answer", "--profile", CliRun.SERVER, "--all", "--variant", "-1");
        assertEquals("aspire: --variant must be 0 or more, was -1\n", negative.err());
        CliRun noProfile = run("answer", "--all");
        assertEquals(2, noProfile.exitCode());
        assertTrue(noProfile.err().contains("--profile"), noProfile.err());
    }

    @Test
    void aMissingProfileIsNamed() {
        CliRun run = run("answer", "--profile", "nowhere.yaml", "--all");
        assertEquals(2, run.exitCode());
        assertEquals("aspire: nowhere.yaml: no such file; check the path\n", run.err());
    }

    @Test
    void packsFromTheCommandLineAddArchetypes() {
        CliRun run = run("--packs", CliRun.EXAMPLES.resolve("packs").toString(), "answer", "--profile",
                CliRun.SERVER, "--question", "career-aspirations", "--interviewer", "hiring-managers-boss",
                "--archetype", "community-builder");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("My aspiration is to build communities for a living"), run.out());
    }

    @Test
    void packsInTheUsersHomeAreLoadedToo() throws IOException {
        Files.createDirectories(home.resolve("packs"));
        Files.copy(CliRun.EXAMPLES.resolve("packs/community-builder.yaml"), home.resolve("packs/mine.yaml"));
        CliRun run = run("list", "archetypes");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("community-builder"), run.out());
    }

    @Test
    void aBrokenPackIsAOneLineErrorWithFileAndLine() throws IOException {
        Path packs = Files.createDirectories(home.resolve("my-packs"));
        Files.writeString(packs.resolve("broken.yaml"), """
                templates:
                  - part: close
                    phrasings:
                      - "I will grow at {company."
                """);
        CliRun run = run("--packs", packs.toString(), "answer", "--profile", CliRun.SERVER, "--all");
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals("aspire: " + packs.resolve("broken.yaml") + ":4: '{' is never closed; end the placeholder with"
                + " '}' (at \"{company.\")\n", run.err());
    }

    @Test
    void helpShowsExamples() {
        CliRun run = run("answer", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Examples:"), run.out());
        assertTrue(run.out().contains("aspire answer --profile me.yaml --all --format markdown"), run.out());
    }
}
