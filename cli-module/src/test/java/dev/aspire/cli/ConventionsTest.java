package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aspire.core.scoring.AnswerScorer;
import dev.aspire.core.scoring.RedFlagKind;
import dev.aspire.core.scoring.ScoreReport;
import dev.aspire.core.scoring.ScoringRequest;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** What every verb shares: help with examples, the version, completion, exit codes and one-line errors. */
class ConventionsTest {
    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(strings = {
        "list", "explain", "answer", "score", "prepare", "practice", "history", "sheet", "completion"})
    void everyVerbHasHelpWithExamples(String verb) {
        CliRun run = CliRun.run(home, "", verb, "--help");

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("Usage: aspire " + verb), run.out());
        assertTrue(run.out().contains("\nExamples:\n  "), run.out());
        assertEquals("", run.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "list     | What to list: archetypes, questions, interviewers.",
        "explain  | Output format: text, json (default: text).",
        "answer   | Output format: text, json, markdown (default: text).",
        "score    | into seconds (default: 140).",
        "prepare  | Where to save the profile (default: profile.yaml).",
        "practice | How many rounds, 1-20 (default: 3).",
        "history  | (default: 10); the trend covers them all.",
        "sheet    | markdown, html; by default taken from the name of the"})
    void theHelpShowsTheDefaultsAndTheChoices(String verb, String shown) {
        CliRun run = CliRun.run(home, "", verb, "--help");

        assertTrue(run.out().contains(shown), run.out());
    }

    @Test
    void aVerbsHelpListsItsOwnOptionsFirstThenHelpThenTheGlobalOnes() {
        String help = CliRun.run(home, "", "score", "--help").out();

        List<String> inOrder = List.of("  --batch=", "  --profile=", "  --min-score=", "  --pace=", "  -h, --help",
                "  -V, --version", "  --packs=", "  --plugins=", "  --debug");
        List<Integer> positions = inOrder.stream().map(help::indexOf).toList();
        assertFalse(positions.contains(-1), inOrder + " in\n" + help);
        assertEquals(positions.stream().sorted().toList(), positions, inOrder + " in this order in\n" + help);
    }

    @Test
    void theRootHelpListsTheVerbsAndTheExitCodes() {
        CliRun run = CliRun.run(home, "", "--help");

        for (String verb : List.of("prepare", "practice", "history", "sheet", "completion")) {
            assertTrue(run.out().contains("\n  " + verb + " "), verb + " in\n" + run.out());
        }
        assertTrue(run.out().contains("  2  a usage or input error; the message says what to fix"), run.out());
    }

    @Test
    void versionNamesTheRelease() {
        CliRun run = CliRun.run(home, "", "--version");

        assertEquals(ExitCode.OK, run.exitCode());
        assertTrue(run.out().matches("aspire \\d+\\.\\d+\\.\\d+.*\\n"), run.out());
    }

    @Test
    void aVerbAlsoTellsTheVersion() {
        CliRun run = CliRun.run(home, "", "score", "--version");

        assertEquals(ExitCode.OK, run.exitCode());
        assertEquals(CliRun.run(home, "", "--version").out(), run.out());
    }

    @Test
    void noVerbPrintsTheUsage() {
        CliRun run = CliRun.of();

        assertEquals(ExitCode.OK, run.exitCode());
        assertTrue(run.out().startsWith("Usage: aspire"), run.out());
    }

    @Test
    void completionIsGeneratedForEveryVerb() {
        CliRun run = CliRun.run(home, "", "completion");

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("complete -F _complete_aspire"), run.out());
        for (String verb : List.of("prepare", "practice", "history", "sheet")) {
            assertTrue(run.out().contains(verb), verb);
        }
    }

    @Test
    void aMistypedOptionIsAUsageError() {
        CliRun run = CliRun.run(home, "", "practice", "--profil", "x.yaml");

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("see 'aspire practice --help'"), run.err());
    }

    @Test
    void anInternalErrorIsOneLineAndDebugShowsTheStackTrace() {
        String profile = home.resolve("profile.yaml").toString();
        assertEquals(ExitCode.OK, CliRun.run(home, Replies.EXERCISE, "prepare", "--out", profile).exitCode());

        CliRun plain = CliRun.run(home, Replies.FIRST_ANSWER, FakeServices.module(new BrokenScorer()),
                "practice", "--profile", profile);
        CliRun debug = CliRun.run(home, Replies.FIRST_ANSWER, FakeServices.module(new BrokenScorer()),
                "practice", "--profile", profile, "--debug");

        assertEquals(ExitCode.INTERNAL, plain.exitCode());
        List<String> lines = plain.errLines();
        assertEquals("aspire: internal error: IllegalStateException: the scorer broke (rerun with --debug for details)",
                lines.get(lines.size() - 1));
        assertFalse(plain.err().contains("\tat "), plain.err());
        assertEquals(ExitCode.INTERNAL, debug.exitCode());
        assertTrue(debug.err().contains("\tat dev.aspire.cli.ConventionsTest$BrokenScorer.score"), debug.err());
    }

    @Test
    void noOptionNeedsTheConvertersThatMainLeavesOut() {
        CommandLine root = new CommandLine(
                new AspireCommand(Map.of(), List.of(), new LineInput(InputStream.nullInputStream(), false)).spec());
        Verbs.registerAll(root);
        Stream.concat(Stream.of(root), root.getSubcommands().values().stream())
                .flatMap(command -> command.getCommandSpec().args().stream())
                .flatMap(arg -> Stream.concat(Stream.of(arg.type()), Stream.of(arg.auxiliaryTypes())))
                .forEach(type -> assertTrue(!type.getName().startsWith("java.time.")
                        && !type.getName().startsWith("java.sql."),
                        type + " needs a converter that Main.UNUSED_CONVERTERS excludes"));
    }

    private static final class BrokenScorer implements AnswerScorer {
        @Override
        public ScoreReport score(ScoringRequest request) {
            throw new IllegalStateException("the scorer broke");
        }

        @Override
        public List<RedFlagKind> redFlagKinds() {
            return List.of();
        }
    }
}
