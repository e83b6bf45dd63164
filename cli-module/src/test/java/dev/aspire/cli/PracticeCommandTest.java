package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PracticeCommandTest {
    @TempDir
    Path folder;

    private Path home;
    private String profile;

    @BeforeEach
    void prepareAProfile() {
        home = folder.resolve("home");
        profile = folder.resolve("profile.yaml").toString();
        CliRun prepared = CliRun.run(home, Replies.EXERCISE, "prepare", "--out", profile);
        assertEquals(ExitCode.OK, prepared.exitCode(), prepared.toString());
    }

    @Test
    void eachRoundShowsWhoAsksScoresTheAnswerAndComparesIt() {
        CliRun run = CliRun.run(home, Replies.FIRST_ANSWER + Replies.SECOND_ANSWER,
                "practice", "--profile", profile, "--rounds", "2", "--seed", "7");

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("Round 1: "), run.out());
        assertTrue(run.out().contains("  Asked by: "), run.out());
        assertTrue(run.out().contains("  They want: "), run.out());
        assertTrue(run.out().contains("Score 100/100 (strong), 35 words, about 15 seconds spoken"), run.out());
        assertTrue(run.out().contains("  1. Red flag PERKS_FOCUS (major), at \"salary\": speak of the work, not the pay"),
                run.out());
        assertTrue(run.out().contains("     Try: \"I want to grow with the team\""), run.out());
        assertTrue(run.out().contains("  2. company-connection (lost 60 of 60 points): name the company"), run.out());
        assertTrue(run.out().contains("For comparison, an answer written from your profile (it scores"), run.out());
        assertTrue(run.err().contains("Type your answer; an empty line ends it."), run.err());
    }

    @Test
    void theSummaryListsEveryRoundAndHowToRepeatThem() {
        CliRun run = CliRun.run(home, Replies.FIRST_ANSWER + Replies.SECOND_ANSWER,
                "practice", "--profile", profile, "--rounds", "2", "--seed", "7");

        String summary = run.out().substring(run.out().indexOf("\nSummary\n"));
        List<String> rows = summary.lines().filter(line -> line.matches("\\s+\\d+ .*")).toList();
        assertEquals(2, rows.size(), summary);
        assertTrue(rows.get(0).endsWith("100  strong"), rows.get(0));
        assertTrue(rows.get(1).endsWith("18  weak"), rows.get(1));
        assertTrue(summary.contains("Average 59 over 2 rounds. To practise the same rounds again: --seed 7"), summary);
    }

    @Test
    void theSameSeedGivesTheSameSession() {
        String answers = Replies.FIRST_ANSWER + Replies.SECOND_ANSWER;

        CliRun first = CliRun.run(home, answers, "practice", "--profile", profile, "--rounds", "2", "--seed", "3");
        CliRun second = CliRun.run(home, answers, "practice", "--profile", profile, "--rounds", "2", "--seed", "3");

        assertEquals(first.out(), second.out());
    }

    @Test
    void everyAttemptIsKeptInTheHistory() throws IOException {
        CliRun run = CliRun.run(home, Replies.FIRST_ANSWER + Replies.SECOND_ANSWER,
                "practice", "--profile", profile, "--rounds", "2", "--seed", "7");

        Path history = home.resolve("history.jsonl");
        assertTrue(run.out().contains("Kept in " + history), run.out());
        List<String> lines = Files.readAllLines(history);
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("{\"at\":\"2026-11-21T09:30:00Z\""), lines.get(0));
        assertTrue(lines.get(1).contains("\"flags\":[\"PERKS_FOCUS\"]"), lines.get(1));
    }

    @Test
    void withoutASeedTheNextSessionDrawsOtherRounds() {
        CliRun first = CliRun.run(home, Replies.FIRST_ANSWER, "practice", "--profile", profile, "--rounds", "1");
        CliRun second = CliRun.run(home, Replies.FIRST_ANSWER, "practice", "--profile", profile, "--rounds", "1");

        assertTrue(first.out().contains("--seed 0"), first.out());
        assertTrue(second.out().contains("--seed 1"), second.out());
    }

    @Test
    void inputEndingEarlyStillSummarisesTheRoundsAnswered() {
        CliRun run = CliRun.run(home, Replies.FIRST_ANSWER, "practice", "--profile", profile, "--rounds", "3",
                "--seed", "7");

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("Average 100 over 1 round."), run.out());
        assertTrue(run.err().contains("aspire: the input ended after 1 of 3 rounds"), run.err());
    }

    @Test
    void noAnswerAtAllIsAnError() {
        CliRun run = CliRun.run(home, "\n\n", "practice", "--profile", profile);

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().endsWith("aspire: no answer was given; type your answer after the question and end it "
                + "with an empty line\n"), run.err());
    }

    @Test
    void theNumberOfRoundsIsChecked() {
        CliRun run = CliRun.run(home, Replies.FIRST_ANSWER, "practice", "--profile", profile, "--rounds", "0");

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals(List.of("aspire: --rounds must be between 1 and 20, was 0"), run.errLines());
    }

    @Test
    void aMissingProfileIsOneLineOfAdvice() {
        CliRun run = CliRun.run(home, Replies.FIRST_ANSWER, "practice", "--profile", folder.resolve("nope.yaml").toString());

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals(List.of("aspire: " + folder.resolve("nope.yaml") + ": no such file; check the path"), run.errLines());
    }
}
