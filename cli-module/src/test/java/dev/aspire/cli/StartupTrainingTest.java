package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupTrainingTest {
    @TempDir
    Path scratch;

    @Test
    void trainingCoversEveryVerbsHelpAndScoring() throws IOException {
        List<List<String>> commands = StartupTraining.commands(null, scratch);
        assertTrue(commands.contains(List.of("list", "--help")), commands.toString());
        assertTrue(commands.contains(List.of("explain", "--help")), commands.toString());
        assertTrue(commands.contains(List.of("score", scratch.resolve("answer.txt").toString())), commands.toString());
    }

    @Test
    void withTheRepositoryRootTrainingAlsoScoresAgainstAnExampleProfile() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        long withProfile = StartupTraining.commands(root, scratch).stream().filter(c -> c.contains("--profile")).count();
        assertEquals(1, withProfile);
        assertEquals(0, StartupTraining.commands(null, scratch).stream().filter(c -> c.contains("--profile")).count());
    }

    @Test
    void everyTrainingCommandRunsWithoutAnInternalError() throws IOException {
        for (List<String> command : StartupTraining.commands(Path.of("..").toAbsolutePath().normalize(), scratch)) {
            CliRun run = CliRun.of(command.toArray(String[]::new));
            assertNotEquals(ExitCode.INTERNAL, run.exitCode(), command + ": " + run.err());
        }
    }

    @Test
    void theSampleAnswerScoresCleanly() throws IOException {
        CliRun run = CliRun.of("score", StartupTraining.commands(null, scratch).stream()
                .filter(c -> c.size() == 2 && c.get(0).equals("score")).findFirst().orElseThrow().get(1));
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
    }
}
