package dev.aspire.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path folder;

    @Test
    void writesANewFile() throws IOException {
        Path file = folder.resolve("prep.md");

        AtomicFiles.write(file, "# Prep sheet\n", false);

        assertEquals("# Prep sheet\n", Files.readString(file));
        assertEquals(List.of(file), entries());
    }

    @Test
    void leavesAnExistingFileAloneUnlessAskedToReplaceIt() throws IOException {
        Path file = folder.resolve("profile.yaml");
        Files.writeString(file, "mine");

        DataFileException refused = assertThrows(DataFileException.class,
                () -> AtomicFiles.write(file, "theirs", false));
        assertTrue(refused.getMessage().contains("already exists"), refused.getMessage());
        assertEquals("mine", Files.readString(file));

        AtomicFiles.write(file, "theirs", true);
        assertEquals("theirs", Files.readString(file));
        assertEquals(List.of(file), entries(), "no temporary file is left behind");
    }

    @Test
    void aMissingFolderIsAClearError() {
        Path file = folder.resolve("no-such-folder").resolve("profile.yaml");

        DataFileException e = assertThrows(DataFileException.class, () -> AtomicFiles.write(file, "x", false));

        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
