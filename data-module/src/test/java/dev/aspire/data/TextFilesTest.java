package dev.aspire.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {
    @TempDir
    Path dir;

    private static String decode(byte[] bytes) {
        return TextFiles.decode("answer.txt", bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @Test
    void utf8WithOrWithoutAByteOrderMarkReadsTheSame() {
        byte[] plain = "Café au lait ☕".getBytes(StandardCharsets.UTF_8);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertEquals("Café au lait ☕", decode(plain));
        assertEquals("Café au lait ☕", decode(concat(bom, plain)));
    }

    @Test
    void utf16WithAByteOrderMarkIsDecoded() {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "שלום".getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "שלום".getBytes(StandardCharsets.UTF_16BE));
        assertEquals("שלום", decode(le));
        assertEquals("שלום", decode(be));
    }

    @Test
    void windowsAndOldMacLineEndingsBecomeNewlines() {
        assertEquals("one\ntwo\nthree", decode("one\r\ntwo\rthree".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void invalidUtf8IsRefusedWithAFix() {
        DataFileException e = assertThrows(DataFileException.class,
                () -> decode(new byte[] {'o', 'k', (byte) 0xC3, (byte) 0x28}));
        assertEquals("answer.txt: is not valid UTF-8 text; save it as UTF-8 and try again", e.getMessage());
    }

    @Test
    void binaryDataIsRefused() {
        DataFileException e = assertThrows(DataFileException.class, () -> decode(new byte[] {'P', 'K', 3, 4, 0, 0}));
        assertEquals("answer.txt: looks like binary data, not text; give a text file", e.getMessage());
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutReadingItAll() throws Exception {
        Path big = Files.write(dir.resolve("big.txt"), new byte[2048]);
        DataFileException e = assertThrows(DataFileException.class, () -> TextFiles.read(big, 1024));
        assertEquals(big + ": larger than the limit of 1 KiB; split it or shorten it", e.getMessage());
    }

    @Test
    void aDirectoryIsNotAFile() {
        DataFileException e = assertThrows(DataFileException.class,
                () -> TextFiles.read(dir, TextFiles.DEFAULT_MAX_BYTES));
        assertEquals(dir + ": is a directory; give the path of a file", e.getMessage());
    }
}
