package dev.aspire.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads text that people paste from anywhere: UTF-8 with or without a byte-order mark, UTF-16 with one,
 * Windows line endings. Binary data, invalid UTF-8 and oversized files are refused with a clear message
 * instead of being scored or parsed as garbage.
 */
public final class TextFiles {
    /** Larger than any answer, profile or pack a person writes; keeps a stray file from filling memory. */
    public static final int DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

    private TextFiles() {
    }

    public static String read(Path file, int maxBytes) {
        if (Files.isDirectory(file)) {
            throw new DataFileException(file + ": is a directory; give the path of a file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return decode(file.toString(), readBounded(file.toString(), in, maxBytes));
        } catch (NoSuchFileException e) {
            throw new DataFileException(file + ": no such file; check the path");
        } catch (IOException e) {
            throw new DataFileException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Reads a stream (such as standard input) named {@code name} in messages. */
    public static String read(String name, InputStream in, int maxBytes) {
        try {
            return decode(name, readBounded(name, in, maxBytes));
        } catch (IOException e) {
            throw new DataFileException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static byte[] readBounded(String name, InputStream in, int maxBytes) throws IOException {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new DataFileException(name + ": larger than the limit of " + (maxBytes / 1024)
                    + " KiB; split it or shorten it");
        }
        return bytes;
    }

    /** Decodes bytes to text with its line endings made {@code \n}. */
    public static String decode(String name, byte[] bytes) {
        Charset charset = StandardCharsets.UTF_8;
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            offset = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            offset = 2;
        }
        String text;
        try {
            text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DataFileException(name + ": is not valid " + charset.name()
                    + " text; save it as UTF-8 and try again");
        }
        if (text.indexOf('\0') >= 0) {
            throw new DataFileException(name + ": looks like binary data, not text; give a text file");
        }
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
