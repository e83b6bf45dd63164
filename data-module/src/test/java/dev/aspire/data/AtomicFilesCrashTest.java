package dev.aspire.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A process killed while it replaces a file leaves the whole old content or the whole new content, never a
 * mixture or a cut: a prep sheet or profile is never half-written, whenever the kill comes.
 */
class AtomicFilesCrashTest {
    @TempDir
    Path folder;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void aWriterKilledAtAnyMomentLeavesAWholeFile(long seed) throws Exception {
        Random random = new Random(seed);
        Path file = folder.resolve("prep.md");
        Files.writeString(file, AtomicFilesWriter.SECOND);
        int writesBeforeKill = 1 + random.nextInt(8);

        try (ChildJvm writer = ChildJvm.start(AtomicFilesWriter.class, file.toString())) {
            for (int i = 0; i < writesBeforeKill; i++) {
                assertEquals("written " + i, writer.readLine());
            }
            // A seeded pause moves the kill to another point of the next write: the copy, the sync or the rename.
            Thread.sleep(random.nextInt(25));
            writer.kill();
        }

        String content = Files.readString(file);
        assertTrue(content.equals(AtomicFilesWriter.FIRST) || content.equals(AtomicFilesWriter.SECOND),
                "whole old or whole new content, never " + content.length() + " characters of a mixture");
        AtomicFiles.write(file, "# Prep sheet\n", true);
        assertEquals("# Prep sheet\n", Files.readString(file), "a temporary file left by the kill is in nobody's way");
    }
}
