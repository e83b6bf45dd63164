package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aspire.data.Mappers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same answer scores to the same bytes every run, in every format, heard by every interviewer; and a
 * batch prints the same bytes whatever the number of threads, so a script can diff or cache the scores.
 */
class ScoreDeterminismTest {
    private static final String ANSWER = """
            Pendant six ans j'ai servi en salle au café Ñandú ☕, and I raised dessert sales by a fifth. In five
            years I want to become a marketing manager for a food brand; this role is the natural first step.
            Honestly the salary is the main reason I applied, and I'd stay a year or two and then move on.
            I admire how Cacao & Co sources its cocoa 🍫, שירות לקוחות is what I do best.
            """;

    @TempDir
    static Path folder;

    private static Path batch;

    @BeforeAll
    static void writeABatchOfSeveralChunks() throws IOException {
        StringBuilder lines = new StringBuilder();
        String[] interviewers = {"", "hiring-manager", "potential-direct-report", "external-recruiter"};
        for (int i = 0; i < 600; i++) {
            String text = ANSWER.lines().skip(i % 4).reduce("Line " + i + ".", (a, b) -> a + " " + b);
            if (i % 97 == 5) {
                lines.append("{\"id\": \"").append(i).append("\", \"text\": \"cut short\n");
                continue;
            }
            lines.append("{\"id\": \"").append(i).append("\", \"text\": ").append(Mappers.json().writeValueAsString(text));
            if (!interviewers[i % 4].isEmpty()) {
                lines.append(", \"interviewer\": \"").append(interviewers[i % 4]).append('"');
            }
            lines.append(", \"role\": \"Marketing Assistant\", \"company\": \"Cacao & Co\"}\n");
        }
        batch = Files.writeString(folder.resolve("answers.jsonl"), lines);
    }

    private static byte[] score(String... args) {
        CliRun run = CliRun.run(folder.resolve("home"), ANSWER, List.of(), args);
        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        return run.out().getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "--format {0}")
    @ValueSource(strings = {"text", "json", "markdown"})
    void scoringAnAnswerTwiceGivesTheSameBytes(String format) {
        String[] args = {"score", "-", "--role", "Marketing Assistant", "--company", "Cacao & Co", "--format", format};

        assertArrayEquals(score(args), score(args));
    }

    @ParameterizedTest(name = "--interviewer all --format {0}")
    @ValueSource(strings = {"text", "json", "markdown"})
    void everyInterviewerSideBySideTwiceGivesTheSameBytes(String format) {
        String[] args = {"score", "-", "--interviewer", "all", "--question", "five-years", "--format", format};

        assertArrayEquals(score(args), score(args));
    }

    @Test
    void aBatchGivesTheSameBytesOnEachRunAndOnAnyNumberOfThreads() {
        CliRun first = CliRun.run(folder.resolve("home"), "", List.of(), "score", "--batch", batch.toString(),
                "--threads", "3");
        CliRun second = CliRun.run(folder.resolve("home"), "", List.of(), "score", "--batch", batch.toString(),
                "--threads", "3");
        CliRun one = CliRun.run(folder.resolve("home"), "", List.of(), "score", "--batch", batch.toString(),
                "--threads", "1");
        CliRun two = CliRun.run(folder.resolve("home"), "", List.of(), "score", "--batch", batch.toString(),
                "--threads", "2");

        assertEquals(ExitCode.USAGE, first.exitCode(), "the lines cut short are errors: " + first.err());
        assertEquals(600, first.out().lines().count());
        assertArrayEquals(first.out().getBytes(StandardCharsets.UTF_8), second.out().getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(one.out().getBytes(StandardCharsets.UTF_8), two.out().getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(one.out().getBytes(StandardCharsets.UTF_8), first.out().getBytes(StandardCharsets.UTF_8));
    }
}
