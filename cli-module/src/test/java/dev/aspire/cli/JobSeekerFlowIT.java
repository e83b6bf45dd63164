package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.Injector;
import com.google.inject.Key;
import dev.aspire.core.answer.AnswerComposer;
import dev.aspire.core.scoring.AnswerScorer;
import dev.aspire.data.AspireSettings;
import dev.aspire.data.Mappers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's whole path through the real launcher, with piped input: prepare a profile, practise, look at
 * the history, write a prep sheet. It needs the production composer and scorer, so it waits for the
 * modules that provide them to be part of the build, and is reported as skipped until then.
 */
class JobSeekerFlowIT {
    @TempDir
    Path folder;

    /** Checked per test, so that each one is reported as skipped, with the reason, until the merge. */
    @BeforeEach
    void requireTheProductionComposerAndScorer() {
        Injector production = AspireInjector.create(new AspireSettings(folder, List.of(), List.of()), List.of());
        assumeTrue(production.getExistingBinding(Key.get(AnswerComposer.class)) != null
                        && production.getExistingBinding(Key.get(AnswerScorer.class)) != null,
                "pending: the production modules bind no AnswerComposer or AnswerScorer yet");
    }

    @Test
    void prepareThenPractiseThenReviewTheHistoryAndTheSheet() throws Exception {
        Path home = folder.resolve("home");
        Path profile = folder.resolve("profile.yaml");

        CliRun prepared = AspireProcess.run(folder, home, Replies.EXERCISE, "prepare", "--out", profile.toString());
        assertEquals(ExitCode.OK, prepared.exitCode(), prepared.toString());
        assertTrue(prepared.out().startsWith("Profile saved to " + profile + "."), prepared.out());
        assertTrue(prepared.out().contains("Cacao & Co"), "the first answer names the company:\n" + prepared.out());
        assertTrue(prepared.err().contains("Step 4 of 5"), prepared.err());

        CliRun practised = AspireProcess.run(folder, home, Replies.FIRST_ANSWER + Replies.SECOND_ANSWER,
                "practice", "--profile", profile.toString(), "--rounds", "2", "--seed", "7");
        assertEquals(ExitCode.OK, practised.exitCode(), practised.toString());
        assertTrue(practised.out().contains("\nSummary\n"), practised.out());
        assertTrue(practised.out().contains("Red flag PERKS_FOCUS (major)"),
                "the perks answer is flagged:\n" + practised.out());

        CliRun history = AspireProcess.run(folder, home, "", "history", "--format", "json");
        assertEquals(ExitCode.OK, history.exitCode(), history.toString());
        JsonNode json = Mappers.json().readTree(history.out());
        assertEquals(2, json.get("attempts").size());
        assertTrue(json.get("attempts").get(0).get("score").asInt() > json.get("attempts").get(1).get("score").asInt(),
                "a committed answer scores above one about pay and commute:\n" + history.out());

        Path sheet = folder.resolve("prep.html");
        CliRun sheetRun = AspireProcess.run(folder, home, "", "sheet", "--profile", profile.toString(),
                "--out", sheet.toString());
        assertEquals(ExitCode.OK, sheetRun.exitCode(), sheetRun.toString());
        assertTrue(Files.readString(sheet).startsWith("<!DOCTYPE html>"));
    }

    @Test
    void inputEndingHalfwayThroughTheExerciseWritesNothing() throws Exception {
        Path profile = folder.resolve("profile.yaml");
        String half = Replies.EXERCISE.substring(0, Replies.EXERCISE.indexOf("food and drink"));

        CliRun run = AspireProcess.run(folder, folder, half, "prepare", "--out", profile.toString());

        assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().endsWith("nothing was written. Give an answer to every question, one per line\n"),
                run.err());
        assertFalse(Files.exists(profile));
        assertEquals("", run.out());
    }
}
