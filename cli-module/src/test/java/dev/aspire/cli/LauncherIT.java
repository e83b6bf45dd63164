package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conventions every verb keeps, checked on the real launcher and jar. */
class LauncherIT {
    @TempDir
    Path folder;

    @Test
    void versionAndHelpGoToStdout() throws Exception {
        CliRun version = AspireProcess.run(folder, folder, "", "--version");
        CliRun help = AspireProcess.run(folder, folder, "", "practice", "--help");

        assertEquals(ExitCode.OK, version.exitCode(), version.toString());
        assertTrue(version.out().startsWith("aspire "), version.out());
        assertEquals(ExitCode.OK, help.exitCode(), help.toString());
        assertTrue(help.out().contains("Examples:"), help.out());
        assertEquals("", help.err());
    }

    @Test
    void completionIsAScriptForTheShell() throws Exception {
        CliRun run = AspireProcess.run(folder, folder, "", "completion");

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("complete -F _complete_aspire"), run.out());
    }

    @Test
    void aCollectorChosenInTheJavaOptionsReplacesTheLaunchersOwn() throws Exception {
        // The JVM refuses to start with two collectors, so the launcher must leave its own out.
        CliRun run = AspireProcess.run(folder, folder, Map.of("ASPIRE_JAVA_OPTS", "-XX:+UseSerialGC"), "",
                "list", "archetypes");

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("leadership-potential"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void anInputErrorIsOneLineOnStderrAndExitCodeTwo() throws Exception {
        CliRun run = AspireProcess.run(folder, folder, "", "practice", "--profile", "missing.yaml");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
        assertEquals(List.of("aspire: missing.yaml: no such file; check the path"), run.errLines());
        assertEquals("", run.out());
    }
}
