package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aspire.data.Mappers;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of answer people hand to {@code aspire score}, one at a time or in a batch, as a user runs it.
 * An answer that cannot be scored gets one line on stderr naming the file and exit code 2; an answer that is
 * only unusual (a byte-order mark, UTF-16, Windows line endings, another script) is scored as usual. In a
 * batch, a bad line gets an error object with its id and the lines after it are still scored.
 */
class BadAnswersTest {
    private static final String ANSWER = """
            For six years I have waited tables at a busy brasserie, and I raised our dessert sales by a fifth.
            Over the next five years I want to become a marketing manager for a food brand, and this marketing
            assistant role is the natural first step. I'm excited to grow with Cacao & Co for the long term.
            """;
    private static final String[] JOB = {"--role", "Marketing Assistant", "--company", "Cacao & Co", "--format", "json"};

    @TempDir
    static Path files;

    @TempDir
    Path home;

    private static String plainJson;

    @BeforeAll
    static void scoreThePlainAnswer() throws IOException {
        plainJson = score(write("plain.txt", ANSWER)).out();
    }

    private static Path write(String name, byte[] bytes) throws IOException {
        return Files.write(files.resolve(name), bytes);
    }

    private static Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static CliRun score(Path answer) {
        return CliRun.run(files.resolve("home"), "", List.of(), args("score", answer.toString()));
    }

    private static String[] args(String... first) {
        String[] all = new String[first.length + JOB.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(JOB, 0, all, first.length, JOB.length);
        return all;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    /** Exit code 2 and exactly one line on stderr, the one expected: no stack trace, no second thoughts. */
    private static void assertOneLineError(CliRun run, String expected) {
        assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
        assertEquals(List.of(expected), run.errLines(), run.toString());
        assertEquals("", run.out(), run.toString());
    }

    @ParameterizedTest(name = "answer \"{0}\"")
    @ValueSource(strings = {"", " ", "  \n\t\n  ", "\r\n\r\n", "\uFEFF"})
    void anEmptyOrBlankAnswerIsRefused(String text) throws IOException {
        Path file = write("blank.txt", text);

        assertOneLineError(score(file), "aspire: " + file + ": the answer is empty; write the answer you would give, "
                + "then score it");
        assertOneLineError(CliRun.run(home, text, List.of(), "score", "-"), "aspire: standard input: the answer is "
                + "empty; write the answer you would give, then score it");
    }

    @Test
    void aTwentyMegabyteFileIsRefusedWithoutReadingItAll() throws IOException {
        Path huge = files.resolve("huge.txt");
        try (OutputStream out = Files.newOutputStream(huge)) {
            byte[] block = "I want to grow here. ".repeat(50_000).getBytes(StandardCharsets.UTF_8);
            for (int written = 0; written < 20 * 1024 * 1024; written += block.length) {
                out.write(block);
            }
        }

        assertOneLineError(score(huge), "aspire: " + huge + ": larger than the limit of 4096 KiB; split it or shorten it");
    }

    @Test
    void binaryDataIsRefused() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        bytes[10] = 0;
        Path binary = write("photo.jpg", bytes);

        CliRun run = score(binary);

        assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        assertTrue(run.err().startsWith("aspire: " + binary + ": "), run.toString());
    }

    @Test
    void textWithNulCharactersIsRefusedAsBinary() throws IOException {
        Path binary = write("nul.txt", "I want to grow\0\0\0 here.");

        assertOneLineError(score(binary), "aspire: " + binary + ": looks like binary data, not text; give a text file");
    }

    @Test
    void invalidUtf8IsRefusedWithAHowToFix() throws IOException {
        Path latin1 = write("latin1.txt", "Je veux évoluer chez Cacao & Cie.".getBytes(StandardCharsets.ISO_8859_1));

        assertOneLineError(score(latin1), "aspire: " + latin1 + ": is not valid UTF-8 text; save it as UTF-8 and try again");
    }

    @Test
    void utf16AndUtf8WithAByteOrderMarkAndWindowsLineEndingsScoreExactlyAsPlainUtf8() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        List<Path> sameAnswer = List.of(
                write("utf8-bom.txt", concat(bom, ANSWER.getBytes(StandardCharsets.UTF_8))),
                write("utf16.txt", ANSWER.getBytes(StandardCharsets.UTF_16)),
                write("utf16le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                        ANSWER.getBytes(StandardCharsets.UTF_16LE))),
                write("windows.txt", ANSWER.replace("\n", "\r\n")),
                write("old-mac.txt", ANSWER.replace("\n", "\r")));

        for (Path file : sameAnswer) {
            CliRun run = score(file);
            assertEquals(ExitCode.OK, run.exitCode(), file + ": " + run);
            assertEquals(plainJson, run.out(), file.toString());
        }
        CliRun piped = CliRun.run(home, ANSWER.replace("\n", "\r\n"), List.of(), args("score", "-"));
        assertEquals(plainJson, piped.out(), "Windows line endings piped in");
    }

    @Test
    void oneVeryLongLineIsScoredWithSpansInsideIt() throws Exception {
        String line = (ANSWER.replace("\n", " ") + " ").repeat(2_000);
        Path file = write("one-line.txt", line);

        CliRun run = score(file);

        assertTrue(run.exitCode() == ExitCode.OK, run.err());
        JsonNode report = Mappers.json().readTree(run.out());
        assertTrue(report.get("words").asInt() > 100_000, run.out().substring(0, 200));
        for (JsonNode flag : report.get("flags")) {
            assertEquals(line.substring(flag.get("start").asInt(), flag.get("end").asInt()), flag.get("text").asText());
        }
    }

    @Test
    void unknownQuestionsAndInterviewersAreNamedWithTheKnownOnes() throws IOException {
        Path file = write("answer.txt", ANSWER);

        CliRun question = CliRun.run(home, "", List.of(), "score", file.toString(), "--question", "ten-years");
        CliRun interviewer = CliRun.run(home, "", List.of(), "score", file.toString(), "--interviewer", "the-ceo");

        for (CliRun run : List.of(question, interviewer)) {
            assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
            assertEquals(1, run.errLines().size(), run.toString());
        }
        assertTrue(question.err().contains("ten-years") && question.err().contains("five-years"), question.err());
        assertTrue(interviewer.err().contains("the-ceo") && interviewer.err().contains("hiring-manager"),
                interviewer.err());
    }

    @Test
    void aMissingFileOrADirectoryIsNamed() {
        Path missing = files.resolve("no-such-answer.txt");

        assertOneLineError(score(missing), "aspire: " + missing + ": no such file; check the path");
        assertOneLineError(score(files), "aspire: " + files + ": is a directory; give the path of a file");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Dans cinq ans, je veux devenir responsable marketing chez Cacao & Cie, où l'équipe forme ses talents. 🍫",
        "בעוד חמש שנים אני רוצה להוביל צוות שיווק ולגדול יחד עם החברה לאורך זמן.",
        "في غضون خمس سنوات أريد أن أصبح مديرة تسويق وأن أنمو مع فريقكم.",
        "五年後にはマーケティングマネージャーになりたいです。👩‍💼 I want to grow with Cacao & Co."})
    void answersInOtherLanguagesAndScriptsAreScored(String answer) throws Exception {
        CliRun run = CliRun.run(home, answer, List.of(), args("score", "-"));

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        JsonNode report = Mappers.json().readTree(run.out());
        for (JsonNode flag : report.get("flags")) {
            assertEquals(answer.substring(flag.get("start").asInt(), flag.get("end").asInt()), flag.get("text").asText());
        }
        CliRun text = CliRun.run(home, answer, List.of(), "score", "-");
        assertEquals(ExitCode.OK, text.exitCode(), text.toString());
        assertTrue(text.out().contains(answer.substring(0, 12)), "the answer is shown as written:\n" + text.out());
    }

    // A batch: every bad line gets its error object, and the batch goes on.

    private static String line(String id, String text) throws IOException {
        return "{\"id\": \"" + id + "\", \"text\": " + Mappers.json().writeValueAsString(text) + "}";
    }

    private static List<JsonNode> results(CliRun run) throws IOException {
        List<JsonNode> results = new ArrayList<>();
        for (String each : run.out().lines().toList()) {
            results.add(Mappers.json().readTree(each));
        }
        return results;
    }

    @Test
    void aBatchReportsEachBadLineByIdAndScoresTheRest() throws IOException {
        String batch = String.join("\n",
                line("first", ANSWER),
                "{\"id\": \"unclosed\", \"text\": \"I want to",
                "not json at all",
                "[\"an\", \"array\"]",
                "{\"id\": \"array-text\", \"text\": [\"I want to grow\"]}",
                "{\"id\": \"object-text\", \"text\": {\"en\": \"I want to grow\"}}",
                "{\"id\": \"no-text\", \"question\": \"five-years\"}",
                "{\"id\": \"blank-text\", \"text\": \"  \\n \"}",
                "{\"id\": \"null-text\", \"text\": null}",
                "{\"id\": \"bad-question\", \"text\": \"I want to grow.\", \"question\": \"ten-years\"}",
                "{\"id\": \"bad-interviewer\", \"text\": \"I want to grow.\", \"interviewer\": \"the-ceo\"}",
                "{\"id\": \"nested\", \"text\": \"I want to grow.\", \"extra\": " + "[".repeat(5000) + "]".repeat(5000) + "}",
                line("last", "In five years I want to lead a team here at Cacao & Co."));

        CliRun run = CliRun.run(home, batch, List.of(), "score", "--batch", "-", "--threads", "2");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
        assertEquals(List.of("aspire: 11 of 13 batch lines could not be scored; their error objects say why"),
                run.errLines());
        List<JsonNode> results = results(run);
        assertEquals(13, results.size(), run.out());
        List<String> ids = results.stream().map(r -> r.path("id").asText("-")).toList();
        assertEquals(List.of("first", "unclosed", "-", "-", "array-text", "object-text", "no-text", "blank-text",
                "null-text", "bad-question", "bad-interviewer", "nested", "last"), ids);
        for (int i = 1; i < 12; i++) {
            String error = results.get(i).path("error").asText();
            assertTrue(error.startsWith("line " + (i + 1) + ": "), error);
            assertFalse(error.contains("\n") || error.contains("\tat "), error);
        }
        assertTrue(results.get(0).has("score") && results.get(12).has("score"), run.out());
    }

    @Test
    void aHugeLineOrOneThatIsNotUtf8IsThatLinesErrorAndTheBatchGoesOn() throws IOException {
        Path batch = files.resolve("huge-line.jsonl");
        try (OutputStream out = Files.newOutputStream(batch)) {
            out.write((line("before", ANSWER) + "\n").getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\": \"huge\", \"text\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] block = "I want to grow here. ".repeat(50_000).getBytes(StandardCharsets.UTF_8);
            for (int written = 0; written < 20 * 1024 * 1024; written += block.length) {
                out.write(block);
            }
            out.write("\"}\r\n".getBytes(StandardCharsets.UTF_8));
            out.write((line("long-text", "I want to grow. ".repeat(70_000)) + "\n").getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\": \"latin1\", \"text\": \"Je veux évoluer.\"}\n".getBytes(StandardCharsets.ISO_8859_1));
            out.write((line("after", ANSWER) + "\r\n").getBytes(StandardCharsets.UTF_8));
        }

        CliRun run = CliRun.run(home, "", List.of(), "score", "--batch", batch.toString());

        assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
        List<JsonNode> results = results(run);
        assertEquals(List.of("before", "huge", "long-text", "latin1", "after"),
                results.stream().map(r -> r.get("id").asText()).toList());
        assertEquals("line 2: longer than the limit of 4096 KiB; shorten the answer or split it",
                results.get(1).get("error").asText());
        assertTrue(results.get(2).get("error").asText().startsWith("line 3: ")
                && results.get(2).get("error").asText().contains("1000000"), results.get(2).toString());
        assertEquals("line 4: is not valid UTF-8; save the batch as UTF-8", results.get(3).get("error").asText());
        assertEquals(results.get(0).get("score"), results.get(4).get("score"), "a Windows line ending changes nothing");
    }

    @Test
    void aBatchWithAByteOrderMarkIsReadAndAUtf16OneIsRefused() throws IOException {
        String batch = line("a", ANSWER) + "\n";
        Path utf8 = write("bom.jsonl", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                batch.getBytes(StandardCharsets.UTF_8)));
        Path utf16 = write("utf16.jsonl", batch.getBytes(StandardCharsets.UTF_16));

        CliRun withBom = CliRun.run(home, "", List.of(), "score", "--batch", utf8.toString());
        assertEquals(ExitCode.OK, withBom.exitCode(), withBom.toString());
        assertEquals("a", results(withBom).get(0).get("id").asText());
        assertOneLineError(CliRun.run(home, "", List.of(), "score", "--batch", utf16.toString()),
                "aspire: " + utf16 + ": is UTF-16 text; JSON Lines are UTF-8, so save the batch as UTF-8");
    }

    @Test
    void aMissingBatchFileOrADirectoryIsNamed() {
        Path missing = files.resolve("no-such.jsonl");

        assertOneLineError(CliRun.run(home, "", List.of(), "score", "--batch", missing.toString()),
                "aspire: " + missing + ": no such file; give a JSON Lines file or - for standard input");
        assertOneLineError(CliRun.run(home, "", List.of(), "score", "--batch", files.toString()),
                "aspire: " + files + ": is a directory; give a JSON Lines file or - for standard input");
    }

    @Test
    void anEmptyBatchScoresNothingAndSucceeds() {
        CliRun run = CliRun.run(home, "\n  \n", List.of(), "score", "--batch", "-");

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertEquals("", run.out());
    }

}
