package dev.aspire.cli;

import static java.util.Objects.requireNonNull;

import dev.aspire.data.TextFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a batch a line at a time as bytes, so that one bad line (too long, not UTF-8) becomes that line's
 * error and the lines after it are still scored. A line is never held beyond {@link #MAX_LINE_BYTES}: the
 * rest of an oversized line is read and dropped, so a stray huge file cannot fill memory.
 */
final class BatchInput {
    /** The most of one line that is kept: as much as a single answer file may hold. */
    static final int MAX_LINE_BYTES = TextFiles.DEFAULT_MAX_BYTES;

    /**
     * One line of the batch.
     *
     * @param number  its number in the batch, counting from 1
     * @param text    the line, or as much of it as could be read when there is a problem
     * @param problem what is wrong with the line, or null when it can be parsed
     */
    record Line(int number, String text, String problem) {
    }

    private final String name;
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[1024];
    private int number;

    BatchInput(String name, InputStream in) {
        this.name = requireNonNull(name, "name is null");
        this.in = requireNonNull(in, "in is null");
    }

    /** The next line, or null at the end of the batch. */
    Line next() throws IOException {
        int length = 0;
        boolean tooLong = false;
        boolean any = false;
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
            byte b = buffer[position++];
            if (b == '\n') {
                break;
            }
            if (length == MAX_LINE_BYTES) {
                tooLong = true;
            } else {
                if (length == line.length) {
                    line = Arrays.copyOf(line, Math.min(MAX_LINE_BYTES, line.length * 2));
                }
                line[length++] = b;
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
        ByteBuffer bytes = ByteBuffer.wrap(line, start, length - start);
        if (tooLong) {
            // What was read is kept (decoded leniently) so the error can still carry the line's id.
            return new Line(number, StandardCharsets.UTF_8.decode(bytes).toString(),
                    "longer than the limit of " + (MAX_LINE_BYTES / 1024) + " KiB; shorten the answer or split it");
        }
        try {
            return new Line(number, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString(), null);
        } catch (CharacterCodingException e) {
            return new Line(number, StandardCharsets.UTF_8.decode(ByteBuffer.wrap(line, start, length - start)).toString(),
                    "is not valid UTF-8; save the batch as UTF-8");
        }
    }

    /** Closes the input; the batch has been read, so a failure to close it loses nothing. */
    void close() {
        try {
            in.close();
        } catch (IOException e) {
            return;
        }
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
