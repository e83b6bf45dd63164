package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConventionsTest {
    @Test
    void versionPrintsTheProjectVersion() {
        CliRun run = CliRun.of("--version");
        assertEquals(ExitCode.OK, run.exitCode());
        assertTrue(run.out().matches("aspire \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n"), run.out());
    }

    @Test
    void helpListsTheVerbsAndTheExitCodes() {
        CliRun run = CliRun.of("--help");
        assertEquals(ExitCode.OK, run.exitCode());
        assertTrue(run.out().contains("list") && run.out().contains("explain"), run.out());
        assertTrue(run.out().contains("Exit codes:"), run.out());
    }

    @Test
    void everyVerbHasHelpWithExamples() {
        for (String verb : new String[] {"list", "explain"}) {
            CliRun run = CliRun.of(verb, "--help");
            assertEquals(ExitCode.OK, run.exitCode(), verb);
            assertTrue(run.out().contains("Examples:"), verb + ": " + run.out());
        }
    }

    @Test
    void anUnknownOptionIsOneLineWithAPointerToHelp() {
        CliRun run = CliRun.of("list", "archetypes", "--colour");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals("aspire: Unknown option: '--colour' (see 'aspire list --help')\n", run.err());
    }

    @Test
    void noVerbPrintsTheUsage() {
        CliRun run = CliRun.of();
        assertEquals(ExitCode.OK, run.exitCode());
        assertTrue(run.out().startsWith("Usage: aspire"), run.out());
    }
}
