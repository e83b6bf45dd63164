package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

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

    @Test
    void noOptionNeedsTheConvertersThatMainLeavesOut() {
        CommandLine root = new CommandLine(new AspireCommand(Map.of(), List.of()));
        Stream.concat(Stream.of(root), root.getSubcommands().values().stream())
                .flatMap(command -> command.getCommandSpec().args().stream())
                .flatMap(arg -> Stream.concat(Stream.of(arg.type()), Stream.of(arg.auxiliaryTypes())))
                .forEach(type -> assertTrue(!type.getName().startsWith("java.time.")
                        && !type.getName().startsWith("java.sql."),
                        type + " needs a converter that Main.UNUSED_CONVERTERS excludes"));
    }
}
