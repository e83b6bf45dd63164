package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentPreviewTest {
    @Test
    void findsTheVerbAndTheGlobalOptionsWhereverTheyStand() {
        ArgumentPreview preview = ArgumentPreview.of("--packs", "a", "score", "x.txt", "--plugins=b", "--packs=c");

        assertEquals("score", preview.verb());
        assertEquals(List.of(Path.of("a"), Path.of("c")), preview.packDirectories());
        assertEquals(List.of(Path.of("b")), preview.pluginDirectories());
        assertTrue(preview.needsServices());
    }

    @Test
    void helpVersionCompletionAndNoVerbNeedNoServices() {
        assertFalse(ArgumentPreview.of("score", "--help").needsServices());
        assertFalse(ArgumentPreview.of("--version").needsServices());
        assertFalse(ArgumentPreview.of("completion").needsServices());
        assertFalse(ArgumentPreview.of().needsServices());
        assertFalse(ArgumentPreview.of("scroe", "x.txt").needsServices());
    }

    @Test
    void nothingAfterTheEndOfOptionsCounts() {
        ArgumentPreview preview = ArgumentPreview.of("score", "--", "--packs", "a");

        assertEquals(List.of(), preview.packDirectories());
    }

    @Test
    void aPathThatCannotBeAPathLeavesTheWorkToPicocli() {
        assertFalse(ArgumentPreview.of("--packs", "a\0b", "score").needsServices());
    }
}
