package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aspire.data.Mappers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCommandTest {
    @TempDir
    Path folder;

    @Test
    void anEmptyHistorySaysHowToStart() {
        CliRun run = CliRun.run(folder, "", "history");

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("No practice yet. Start with 'aspire practice --profile FILE'"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void anEmptyHistoryInJsonHasNoAttemptsAndNoTrend() throws IOException {
        JsonNode json = Mappers.json().readTree(CliRun.run(folder, "", "history", "--format", "json").out());

        assertEquals(0, json.get("attempts").size());
        assertTrue(json.get("trend").isNull());
    }

    @Test
    void pastAttemptsAreListedWithTheirTrend() {
        practise(2);

        CliRun run = CliRun.run(folder, "", "history");

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        List<String> rows = run.out().lines().filter(line -> line.matches("\\s+\\d+  2026-11-21 09:30 .*")).toList();
        assertEquals(2, rows.size(), run.out());
        assertTrue(rows.get(0).endsWith("100  ████████████████████ strong"), rows.get(0));
        assertTrue(rows.get(1).endsWith("18  ████················ weak"), rows.get(1));
        assertTrue(run.out().contains("Trend    █▂  (oldest to newest, 0-100)"), run.out());
        assertTrue(run.out().contains("Your recent average is 18, down 82 on the attempts before."), run.out());
    }

    @Test
    void lastLimitsTheRowsButNotTheTrend() {
        practise(2);

        CliRun run = CliRun.run(folder, "", "history", "--last", "1");

        assertTrue(run.out().startsWith("Practice history: 2 attempts, the last 1 shown"), run.out());
        assertTrue(run.out().contains("Trend    █▂"), run.out());
    }

    @Test
    void jsonHoldsEveryAttemptAndTheTrend() throws IOException {
        practise(2);

        JsonNode json = Mappers.json().readTree(CliRun.run(folder, "", "history", "--format", "json").out());

        assertEquals(2, json.get("attempts").size());
        assertEquals("PERKS_FOCUS", json.get("attempts").get(1).get("flags").get(0).asText());
        assertEquals(100, json.get("trend").get("best").asInt());
        assertEquals(-82, json.get("trend").get("change").asInt());
    }

    @Test
    void aDamagedLineIsSkippedWithANote() throws IOException {
        practise(2);
        Files.writeString(folder.resolve("history.jsonl"), "{\"at\":\"2026-11-2", StandardOpenOption.APPEND);

        CliRun run = CliRun.run(folder, "", "history");

        assertEquals(ExitCode.OK, run.exitCode());
        assertEquals(List.of("aspire: skipped 1 damaged line in " + folder.resolve("history.jsonl")), run.errLines());
        assertTrue(run.out().startsWith("Practice history: 2 attempts"), run.out());
    }

    private void practise(int rounds) {
        String profile = folder.resolve("profile.yaml").toString();
        assertEquals(ExitCode.OK, CliRun.run(folder, Replies.EXERCISE, "prepare", "--out", profile).exitCode());
        CliRun run = CliRun.run(folder, Replies.FIRST_ANSWER + Replies.SECOND_ANSWER, "practice", "--profile", profile,
                "--rounds", String.valueOf(rounds), "--seed", "7");
        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
    }
}
