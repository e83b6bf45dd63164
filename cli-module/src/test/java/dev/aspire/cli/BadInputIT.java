package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few of the bad-input cases again, through the real launcher and jar with the JVM's default memory: the
 * error is one line and exit code 2, with no stack trace and no out-of-memory, exactly as a user sees it.
 */
class BadInputIT {
    @TempDir
    Path folder;

    private void assertOneLineError(CliRun run, String expected) {
        assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
        assertEquals(List.of(expected), run.errLines(), run.toString());
        assertEquals("", run.out());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    }

    @Test
    void aTwentyMegabyteProfile() throws Exception {
        Path profile = Files.write(folder.resolve("huge.yaml"),
                "background: more\n".repeat(20 * 1024 * 1024 / 17 + 1).getBytes(StandardCharsets.US_ASCII));

        CliRun run = AspireProcess.run(folder, folder, "", "answer", "--profile", profile.toString(), "--all");

        assertOneLineError(run, "aspire: " + profile + ": larger than the limit of 4096 KiB; split it or shorten it");
    }

    @Test
    void aBinaryFileGivenAsTheProfile() throws Exception {
        Path profile = Files.write(folder.resolve("photo.yaml"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});

        CliRun run = AspireProcess.run(folder, folder, "", "answer", "--profile", profile.toString(), "--all");

        assertOneLineError(run, "aspire: " + profile + ": looks like binary data, not text; give a text file");
    }

    @Test
    void aPackThatTriesToBuildJavaObjects() throws Exception {
        Path packs = Files.createDirectories(folder.resolve("packs"));
        Path pack = Files.writeString(packs.resolve("evil.yaml"), "templates: !!javax.script.ScriptEngineManager"
                + " [!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/\"]]]]\n");

        CliRun run = AspireProcess.run(folder, folder, "", "--packs", packs.toString(), "list", "archetypes");

        assertOneLineError(run, "aspire: " + pack + ":1: the YAML tag '!!javax.script.ScriptEngineManager' is not"
                + " allowed; Aspire reads plain text, lists and fields only, so remove the tag");
    }
}
