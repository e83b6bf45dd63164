package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.Module;
import dev.aspire.data.Mappers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of profile file people hand to aspire, through each verb that reads one, as a user runs it. A
 * file that cannot be used gets one line on stderr naming the file (and the line or field where known) and
 * exit code 2; a file that is only unusual (a byte-order mark, UTF-16, Windows line endings) works as usual.
 */
class BadProfilesTest {
    private static final Path SAMPLE = Path.of(CliRun.SERVER);

    @TempDir
    static Path files;

    @TempDir
    Path home;

    private static String sample;

    /** The verbs that read a profile. Sheet and practice need a scorer, which is another module's work. */
    enum Verb {
        ANSWER(List.of(), "answer", "--question", "five-years", "--interviewer", "hiring-manager"),
        ANSWER_ALL(List.of(), "answer", "--all", "--format", "json"),
        SHEET(List.of(FakeServices.scorerOnly()), "sheet", "--format", "html"),
        PRACTICE(List.of(FakeServices.module()), "practice", "--rounds", "1", "--seed", "3");

        private final List<Module> modules;
        private final List<String> args;

        Verb(List<Module> modules, String... args) {
            this.modules = modules;
            this.args = List.of(args);
        }

        CliRun run(Path home, Path profile) {
            List<String> all = new ArrayList<>(args);
            all.add("--profile");
            all.add(profile.toString());
            return CliRun.run(home, "I want to grow with Cacao & Co for years.\n\n", modules, all.toArray(String[]::new));
        }
    }

    @BeforeAll
    static void readTheSample() throws IOException {
        sample = Files.readString(SAMPLE);
    }

    private static Path write(String name, byte[] bytes) throws IOException {
        return Files.write(files.resolve(name), bytes);
    }

    private static Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    /** Each broken file, and what its one-line error says after "aspire: FILE". */
    static Stream<Arguments> brokenProfiles() throws IOException {
        byte[] twentyMegabytes = ("background: " + "twenty megabytes of text ".repeat(40) + "\n")
                .repeat(20 * 1024 * 1024 / 1013 + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        String deepList = "[".repeat(10_000) + "]".repeat(10_000);
        StringBuilder aliasBomb = new StringBuilder(sample.replaceAll("(?m)^(skills|passions): .*\\n", ""));
        aliasBomb.append("skills: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        aliasBomb.append("passions: [").append("*a, ".repeat(8)).append("*a]\n");
        return Stream.of(
                Arguments.of("empty", write("empty.yaml", ""),
                        ": is empty; see the README for what it should contain"),
                Arguments.of("whitespace only", write("blank.yaml", " \n\t\n   \n"),
                        ": is empty; see the README for what it should contain"),
                Arguments.of("20 MB", write("huge.yaml", twentyMegabytes),
                        ": larger than the limit of 4096 KiB; split it or shorten it"),
                Arguments.of("binary", write("photo.yaml", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}),
                        ": looks like binary data, not text; give a text file"),
                Arguments.of("random bytes", write("noise.yaml", random),
                        ": is not valid UTF-8 text; save it as UTF-8 and try again"),
                Arguments.of("Latin-1, not UTF-8", write("latin1.yaml",
                        sample.replace("busy bistro", "busy café").getBytes(StandardCharsets.ISO_8859_1)),
                        ": is not valid UTF-8 text; save it as UTF-8 and try again"),
                Arguments.of("one very long line", write("long.yaml", sample.replaceFirst("background: .*",
                        "background: " + "and then ".repeat(200_000))),
                        ": background: is longer than 300 characters; shorten it"),
                Arguments.of("unclosed quote", write("quote.yaml", sample.replace("goal: marketing manager",
                        "goal: \"marketing manager")),
                        ":7: aspiration: while scanning a quoted scalar, found unexpected end of stream; check the quotes,"
                                + " brackets and indentation"),
                Arguments.of("unclosed quote in JSON", write("quote.json", "{\"background\": \"ten years\n}\n"),
                        ":1: background: Illegal unquoted character ((CTRL-CHAR, code 10)): has to be escaped"
                                + " using backslash to be included in string value"),
                Arguments.of("a list where text belongs", write("type.yaml",
                        sample.replace("goal: marketing manager", "goal: [marketing, manager]")),
                        ":7: aspiration.goal: expected a piece of text here"),
                Arguments.of("text where a list belongs", write("type2.yaml",
                        sample.replaceFirst("skills: .*", "skills: upselling")),
                        ":3: skills: expected a list here"),
                Arguments.of("words for a number", write("number.yaml",
                        sample.replace("horizonYears: 10", "horizonYears: ten")),
                        ":8: aspiration.horizonYears: 'ten' is not a whole number"),
                Arguments.of("unknown field", write("unknown.yaml",
                        sample.replace("job:\n", "job:\n  salary: 50000\n")),
                        ":10: job.salary: unknown field 'salary'; known fields: company, industry, mission, title"),
                Arguments.of("missing fields", write("missing.yaml",
                        sample.replaceFirst("background: .*\\n", "").replaceFirst("  company: .*\\n", "")),
                        ": background: missing; write a line about your past work or study; job.company: missing;"
                                + " give the company's name"),
                Arguments.of("a field twice", write("twice.yaml", sample + "background: again\n"),
                        ":17: Duplicate field 'background'"),
                Arguments.of("a field twice in JSON", write("twice.json",
                        "{\"background\": \"a\",\n \"background\": \"b\"}"),
                        ":2: Duplicate field 'background'"),
                Arguments.of("deeply nested", write("deep.yaml",
                        sample.replaceFirst("skills: .*", "skills: " + deepList)),
                        ":3: skills[1]: expected a piece of text here"),
                Arguments.of("deeply nested JSON", write("deep.json", "{\"skills\": " + deepList + "}"),
                        ":1: skills[1]: expected a piece of text here"),
                Arguments.of("alias bomb", write("bomb.yaml", aliasBomb.toString()),
                        ":16: passions[1]: '*a' refers to an anchor; Aspire does not expand YAML anchors and"
                                + " aliases, so write the value out in full"),
                Arguments.of("YAML tag", write("tag.yaml",
                        sample.replace("goal: marketing", "goal: !!java.net.URL marketing")),
                        ":7: aspiration: the YAML tag '!!java.net.URL' is not allowed; Aspire reads plain text,"
                                + " lists and fields only, so remove the tag"),
                Arguments.of("two documents", write("two.yaml", sample + "---\n" + sample),
                        ":19: more data follows the end of the first document; keep one document per file"),
                Arguments.of("terminal escape", write("escape.yaml",
                        sample.replace("company: Cacao & Co", "company: \"Cacao\\e[2J & Co\"")),
                        ": job.company: contains the control character U+001B; delete it (it may have come with"
                                + " pasted text)"),
                Arguments.of("missing file", files.resolve("nowhere.yaml"), ": no such file; check the path"),
                Arguments.of("a directory", Files.createDirectories(files.resolve("folder.yaml")),
                        ": is a directory; give the path of a file"));
    }

    static Stream<Arguments> brokenProfilesForEachVerb() throws IOException {
        List<Arguments> cases = brokenProfiles().toList();
        return Stream.of(Verb.ANSWER, Verb.SHEET, Verb.PRACTICE).flatMap(verb -> cases.stream()
                .map(c -> Arguments.of(c.get()[0], verb, c.get()[1], c.get()[2])));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("brokenProfilesForEachVerb")
    void aBrokenProfileIsOneLineNamingTheFileAndExitCodeTwo(String what, Verb verb, Path profile, String error) {
        CliRun run = verb.run(home, profile);

        assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
        assertEquals(List.of("aspire: " + profile + error), run.errLines(), run.toString());
        assertEquals("", run.out());
    }

    /** Files that look different on disk but say the same; each gives exactly what the plain file gives. */
    static Stream<Arguments> sameProfileOtherwiseSaved() throws IOException {
        byte[] utf8 = sample.getBytes(StandardCharsets.UTF_8);
        String json = "{\"background\": \"Ten years as a restaurant server in a busy bistro, and weekend maths tutor\","
                + " \"skills\": [\"upselling\", \"reading what customers want\", \"explaining things clearly\"],"
                + " \"passions\": [\"food and drink\", \"teaching\", \"storytelling\"], \"aspiration\": {\"kind\":"
                + " \"skill\", \"goal\": \"marketing manager\", \"horizonYears\": 10}, \"job\": {\"title\": \"Marketing"
                + " Assistant\", \"company\": \"Cacao & Co\", \"industry\": \"confectionery\", \"mission\": \"making"
                + " fine chocolate an everyday pleasure\"}, \"reasons\": [\"the role turns customer insight into"
                + " campaigns\", \"Cacao & Co grows its marketing people from within\"]}";
        return Stream.of(
                Arguments.of("UTF-8 with a byte-order mark",
                        write("bom.yaml", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8))),
                Arguments.of("UTF-16 little-endian with a byte-order mark", write("utf16le.yaml",
                        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, sample.getBytes(StandardCharsets.UTF_16LE)))),
                Arguments.of("UTF-16 big-endian with a byte-order mark", write("utf16be.yaml",
                        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, sample.getBytes(StandardCharsets.UTF_16BE)))),
                Arguments.of("Windows line endings", write("crlf.yaml", sample.replace("\n", "\r\n"))),
                Arguments.of("JSON on one line", write("one-line.json", json)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sameProfileOtherwiseSaved")
    void anUnusualEncodingOrLineEndingGivesTheSameAnswersAndSheet(String what, Path profile) {
        for (Verb verb : List.of(Verb.ANSWER, Verb.ANSWER_ALL, Verb.SHEET)) {
            CliRun plain = verb.run(home, SAMPLE);
            CliRun unusual = verb.run(home, profile);

            assertEquals(ExitCode.OK, unusual.exitCode(), unusual.toString());
            assertEquals(plain.out(), unusual.out(), verb + " with " + what);
        }
        CliRun practice = Verb.PRACTICE.run(home, profile);
        assertEquals(ExitCode.OK, practice.exitCode(), practice.toString());
        assertTrue(practice.out().contains("\nSummary\n"), practice.out());
    }

    private static final String WORLDWIDE = """
            background: Dix ans comme serveuse à Montréal, café Ñandú ☕
            skills: [pâtisserie fine, service en salle 🍽️, שירות לקוחות]
            passions: [العربية, 日本語の料理, Ελληνική κουζίνα]
            aspiration:
              kind: skill
              goal: directrice marketing
              horizonYears: 10
            job:
              title: Assistante marketing
              company: Cacao & Cie 🍫
              industry: confiserie
              mission: جعل الشوكولاتة متعة يومية
            reasons: [l'équipe forme ses talents en interne]
            """;

    private static final List<String> WORLDWIDE_VALUES = List.of("Dix ans comme serveuse à Montréal, café Ñandú ☕",
            "pâtisserie fine", "service en salle 🍽️", "שירות לקוחות", "directrice marketing", "Cacao & Cie 🍫",
            "l'équipe forme ses talents en interne");

    @Test
    void accentsEmojiAndRightToLeftScriptsFlowIntoAnswersAsWritten() throws IOException {
        Path profile = write("worldwide.yaml", WORLDWIDE);

        CliRun text = Verb.ANSWER.run(home, profile);
        CliRun json = Verb.ANSWER_ALL.run(home, profile);

        assertEquals(ExitCode.OK, text.exitCode(), text.toString());
        String oneLine = text.out().replaceAll("\\s+", " ");
        WORLDWIDE_VALUES.stream().filter(value -> !value.startsWith("Dix")).forEach(value -> assertTrue(
                oneLine.contains(value), value + " in\n" + text.out()));
        assertEquals(ExitCode.OK, json.exitCode(), json.toString());
        JsonNode answers = Mappers.json().readTree(json.out());
        answers.forEach(answer -> assertTrue(answer.get("text").asText().contains("Cacao & Cie 🍫"),
                answer.toString()));
        assertTrue(json.out().contains("Dix ans comme serveuse à Montréal, café Ñandú ☕"), json.out());
    }

    @ParameterizedTest
    @EnumSource(value = Verb.class, names = {"SHEET", "PRACTICE"})
    void accentsEmojiAndRightToLeftScriptsReachTheSheetAndPractice(Verb verb) throws IOException {
        CliRun run = verb.run(home, write("worldwide-" + verb + ".yaml", WORLDWIDE));

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("Cacao &amp; Cie 🍫") || run.out().contains("Cacao & Cie 🍫"), run.out());
        assertFalse(run.out().contains("\uFFFD"), "no character was lost:\n" + run.out());
    }

    @Test
    void unknownIdsAreNamedWithTheKnownOnes() {
        CliRun question = CliRun.in(home, "answer", "--profile", CliRun.SERVER, "--question", "salary",
                "--interviewer", "hiring-manager");
        CliRun archetype = CliRun.in(home, "answer", "--profile", CliRun.SERVER, "--all", "--archetype", "bravado");

        assertEquals(ExitCode.USAGE, question.exitCode());
        assertEquals(List.of("aspire: unknown question variant 'salary'; known: career-aspirations, five-years,"
                + " hoping-to-get, aligns-with-goals"), question.errLines());
        assertEquals(ExitCode.USAGE, archetype.exitCode());
        assertTrue(archetype.err().startsWith("aspire: unknown archetype 'bravado'; known: skills-application,"),
                archetype.err());
    }

    @Test
    void controlCharactersInAMessageAreShownAsCodesNotSentToTheTerminal() throws IOException {
        Path profile = write("twice-escaped.yaml", sample.replace(
                "skills: [upselling, reading what customers want, explaining things clearly]",
                "skills: [\"a\\e[31m\", \"a\\e[31m\", c]"));

        CliRun run = Verb.ANSWER.run(home, profile);

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals(List.of("aspire: " + profile + ": skills[1]: contains the control character U+001B; delete it (it"
                + " may have come with pasted text); skills[2]: 'a\\u001B[31m' is listed twice; list different ones"),
                run.errLines());
    }
}
