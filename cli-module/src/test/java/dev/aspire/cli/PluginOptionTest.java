package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugins from the command line's point of view: where they are looked for, and a faulty one is only a warning. */
class PluginOptionTest {
    @TempDir
    Path home;

    @TempDir
    Path folder;

    @Test
    void aFaultyPluginInTheUsersDirectoryIsOneWarningAndTheCommandStillWorks() throws IOException {
        Path jar = jarNaming(home.resolve("plugins").resolve("typo.jar"), "com.example.StoryFirstPlugn");

        CliRun run = CliRun.in(home, "list", "archetypes");

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertEquals(List.of("aspire: plugin com.example.StoryFirstPlugn (" + jar + ") skipped: its class is not in"
                + " the jar; check the name in META-INF/services/dev.aspire.core.plugin.AspirePlugin"), run.errLines());
        assertEquals(5, run.out().lines().count(), run.out());
    }

    @Test
    void pluginsOptionTakesDirectoriesAndEachIsSearched() throws IOException {
        Path first = folder.resolve("first");
        Path second = folder.resolve("second");
        Path a = jarNaming(first.resolve("a.jar"), "com.example.A");
        Path b = jarNaming(second.resolve("b.jar"), "com.example.B");

        CliRun run = CliRun.in(home, "--plugins", first.toString(), "--plugins", second.toString(),
                "list", "questions");

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertEquals(2, run.errLines().size(), run.err());
        assertTrue(run.errLines().get(0).contains("(" + a + ")"), run.err());
        assertTrue(run.errLines().get(1).contains("(" + b + ")"), run.err());
    }

    @Test
    void aPluginsDirectoryThatDoesNotExistIsAUsageError() {
        Path nowhere = folder.resolve("nowhere");

        CliRun run = CliRun.in(home, "--plugins", nowhere.toString(), "list", "archetypes");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
        assertEquals(List.of("aspire: " + nowhere + ": no such directory; --plugins takes a directory that holds"
                + " plugin .jar files"), run.errLines());
        assertEquals("", run.out());
    }

    @Test
    void helpAndVersionLookForNoPlugins() {
        CliRun run = CliRun.in(home, "--plugins", folder.resolve("nowhere").toString(), "--version");

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertEquals("", run.err());
    }

    /** A plugin jar whose services file names a class it does not hold, as a typo in that file would. */
    private static Path jarNaming(Path jar, String provider) throws IOException {
        Files.createDirectories(jar.getParent());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("META-INF/services/dev.aspire.core.plugin.AspirePlugin"));
            out.write((provider + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }
}
