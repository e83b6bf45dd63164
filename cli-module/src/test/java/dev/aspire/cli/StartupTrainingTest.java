package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartupTrainingTest {
    @Test
    void trainingCoversEveryVerbsHelp() {
        List<List<String>> commands = StartupTraining.commands();
        assertTrue(commands.contains(List.of("list", "--help")), commands.toString());
        assertTrue(commands.contains(List.of("explain", "--help")), commands.toString());
    }

    @Test
    void everyTrainingCommandRunsWithoutAnInternalError() {
        for (List<String> command : StartupTraining.commands()) {
            CliRun run = CliRun.of(command.toArray(String[]::new));
            assertNotEquals(ExitCode.INTERNAL, run.exitCode(), command + ": " + run.err());
        }
    }
}
