package dev.aspire.cli;

import static java.util.Objects.requireNonNull;

import dev.aspire.data.TextFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a batch a line at a time as bytes, so that one bad line (too long, not UTF-8) becomes that line's
 * error and the lines after it are still scored. A line is never held beyond {@link #MAX_LINE_BYTES}: the
 * rest of an oversized line is read and dropped, so a stray huge file cannot fill memory.
 *
 * <p>Lines are handed on as bytes, not text: the reading thread only finds line ends and checks the
 * encoding, and the scoring threads parse the JSON straight from the bytes.
 */
final class BatchInput {
    /** The most of one line that is kept: as much as a single answer file may hold. */
    static final int MAX_LINE_BYTES = TextFiles.DEFAULT_MAX_BYTES;

    /**
     * One line of the batch.
     *
     * @param number  its number in the batch, counting from 1
     * @param bytes   the line in UTF-8 without its line end, or as much of it as could be read when there is
     *                a problem
     * @param problem what is wrong with the line, or null when it can be parsed
     */
    record Line(int number, byte[] bytes, String problem) {
        /** The line as text; bytes that are not UTF-8 become replacement characters. */
        String text() {
            return StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes)).toString();
        }

        /** Whether the line holds nothing but white space, as {@link String#isBlank()} sees it. */
        boolean isBlank() {
            for (byte b : bytes) {
                if (b < 0) {
                    return text().isBlank();
                }
                if (!Character.isWhitespace(b)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final String name;
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[4096];
    private int number;
    /** Reused to check lines that are not plain ASCII; only the reading thread uses it. */
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private CharBuffer decoded = CharBuffer.allocate(0);

    BatchInput(String name, InputStream in) {
        this.name = requireNonNull(name, "name is null");
        this.in = requireNonNull(in, "in is null");
    }

    /** The next line, or null at the end of the batch. */
    Line next() throws IOException {
        int length = 0;
        boolean tooLong = false;
        boolean any = false;
        int bits = 0;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    break;
                }
            }
            any = true;
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                bits |= buffer[end];
                end++;
            }
            int kept = Math.min(end - position, MAX_LINE_BYTES - length);
            tooLong |= kept < end - position;
            if (length + kept > line.length) {
                line = Arrays.copyOf(line, Math.min(MAX_LINE_BYTES, Math.max(length + kept, line.length * 2)));
            }
            System.arraycopy(buffer, position, line, length, kept);
            length += kept;
            position = end;
            if (end < limit) {
                position++;
                break;
            }
        }
        if (!any) {
            return null;
        }
        number++;
        int start = 0;
        if (number == 1) {
            start = skipByteOrderMark(length);
        }
        if (!tooLong && length > start && line[length - 1] == '\r') {
            length--;
        }
        byte[] bytes = Arrays.copyOfRange(line, start, length);
        if (tooLong) {
            // What was read is kept so the error can still carry the line's id.
            return new Line(number, bytes, "longer than the limit of " + (MAX_LINE_BYTES / 1024)
                    + " KiB; shorten the answer or split it");
        }
        // A line of ASCII bytes (no byte with its high bit set) is UTF-8 as it stands.
        if (bits < 0 && !isUtf8(bytes)) {
            return new Line(number, bytes, "is not valid UTF-8; save the batch as UTF-8");
        }
        return new Line(number, bytes, null);
    }

    /** Closes the input; the batch has been read, so a failure to close it loses nothing. */
    void close() {
        try {
            in.close();
        } catch (IOException e) {
            return;
        }
    }

    private boolean isUtf8(byte[] bytes) {
        if (decoded.capacity() < bytes.length) {
            decoded = CharBuffer.allocate(bytes.length);
        }
        decoded.clear();
        utf8.reset();
        return !utf8.decode(ByteBuffer.wrap(bytes), decoded, true).isError() && !utf8.flush(decoded).isError();
    }

    /** Skips a UTF-8 byte-order mark; JSON Lines are UTF-8, so a UTF-16 batch is refused as a whole. */
    private int skipByteOrderMark(int length) {
        if (length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (length >= 2 && ((line[0] & 0xFF) == 0xFF && (line[1] & 0xFF) == 0xFE
                || (line[0] & 0xFF) == 0xFE && (line[1] & 0xFF) == 0xFF)) {
            throw new UserInputException(name + ": is UTF-16 text; JSON Lines are UTF-8, so save the batch as UTF-8");
        }
        return 0;
    }
}
