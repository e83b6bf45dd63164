package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user pipes in is read a line at a time, and a stray huge file is refused instead of filling memory. */
class PipedInputLimitsTest {
    private static final String LONG_LINE = "aspire: a line of input is longer than 1048576 characters; check that the"
            + " right file is piped in";
    private static final String LONG_ANSWER = "aspire: an answer is longer than 1048576 characters; end each answer with"
            + " an empty line";

    @TempDir
    Path home;

    @Test
    void aHugeLinePipedIntoPracticeIsRefused() {
        CliRun run = CliRun.run(home, "word ".repeat(400_000) + "\n\n", "practice", "--profile", CliRun.SERVER,
                "--rounds", "1", "--seed", "1");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
        assertEquals(LONG_LINE, run.errLines().get(run.errLines().size() - 1));
        assertFalse(Files.exists(home.resolve("history.jsonl")), "nothing was scored or kept");
    }

    @Test
    void manyLinesWithoutAnEmptyOneAreRefusedToo() {
        CliRun run = CliRun.run(home, "I want to grow here.\n".repeat(60_000), "practice", "--profile", CliRun.SERVER,
                "--rounds", "1", "--seed", "1");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
        assertEquals(LONG_ANSWER, run.errLines().get(run.errLines().size() - 1));
    }

    @Test
    void aHugeReplyToTheExerciseWritesNoProfile() {
        Path profile = home.resolve("profile.yaml");

        CliRun run = CliRun.run(home, "x".repeat(LineInput.MAX_CHARS + 1) + "\n", "prepare", "--out",
                profile.toString());

        assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
        assertEquals(LONG_LINE, run.errLines().get(run.errLines().size() - 1));
        assertFalse(Files.exists(profile));
    }

    @Test
    void windowsLineEndingsEndAnAnswerLikeAnyOther() {
        CliRun run = CliRun.run(home, "I want to grow at Cacao & Co for years.\r\n\r\n", "practice", "--profile",
                CliRun.SERVER, "--rounds", "1", "--seed", "1");

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("\nSummary\n"), run.out());
        assertEquals(List.of(), run.errLines().stream().filter(line -> line.startsWith("aspire:")).toList());
    }
}
