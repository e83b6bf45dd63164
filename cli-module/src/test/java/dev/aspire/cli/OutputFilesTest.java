package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files aspire writes (a profile, a prep sheet) never replace the user's work unasked or half-way. */
class OutputFilesTest {
    @TempDir
    Path folder;

    private CliRun sheet(String... extra) {
        List<String> args = new ArrayList<>(List.of("sheet", "--profile", CliRun.SERVER));
        args.addAll(List.of(extra));
        return CliRun.run(folder, "", List.of(FakeServices.scorerOnly()), args.toArray(String[]::new));
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void anExistingFileIsKeptByteForByteWithoutForce() throws IOException {
        byte[] mine = "# My own notes\r\nwith Windows line endings, ☕\n".getBytes(StandardCharsets.UTF_8);
        Path notes = Files.write(folder.resolve("prep.md"), mine);

        CliRun sheet = sheet("--out", notes.toString());
        CliRun prepare = CliRun.run(folder, Replies.EXERCISE, "prepare", "--out", notes.toString());

        assertEquals(ExitCode.USAGE, sheet.exitCode());
        assertEquals(List.of("aspire: " + notes + " already exists; pass --force to replace it, or choose another file"
                + " with --out"), sheet.errLines());
        assertEquals(ExitCode.USAGE, prepare.exitCode());
        assertArrayEquals(mine, Files.readAllBytes(notes));
    }

    @Test
    void forceReplacesTheFileInOneStepAndLeavesNothingElseBehind() throws IOException {
        Path sheet = Files.writeString(folder.resolve("prep.md"), "old");

        CliRun run = sheet("--out", sheet.toString(), "--force");

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(Files.readString(sheet).startsWith("# Prep sheet: Marketing Assistant at Cacao & Co\n"));
        assertEquals(List.of(sheet), entries(), "no temporary file is left beside it");
    }

    @Test
    void aDirectoryOrAMissingFolderAsTheOutputIsRefusedBeforeAnyWork() throws IOException {
        Path directory = Files.createDirectories(folder.resolve("prep.md"));

        CliRun intoDirectory = sheet("--out", directory.toString(), "--force");
        CliRun intoNowhere = CliRun.run(folder, Replies.EXERCISE, "prepare", "--out",
                folder.resolve("missing").resolve("profile.yaml").toString());

        assertEquals(ExitCode.USAGE, intoDirectory.exitCode());
        assertEquals(List.of("aspire: " + directory + " is a directory; give the name of a file with --out"),
                intoDirectory.errLines());
        assertEquals(ExitCode.USAGE, intoNowhere.exitCode());
        assertTrue(intoNowhere.err().startsWith("aspire: the folder of "), intoNowhere.err());
        assertEquals(List.of(directory), entries());
    }
}
