package dev.aspire.coach;

import static java.util.Objects.requireNonNull;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * The history file a line at a time, with no line held beyond a limit. A record that runs past it (a file
 * damaged by something else, or not a history at all) is read to its end and dropped, so reading the history
 * costs bounded memory whatever the file holds.
 */
final class HistoryLines implements Closeable {
    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private final StringBuilder line = new StringBuilder();
    private boolean oversized;

    HistoryLines(Reader in, int maxChars) {
        this.in = requireNonNull(in, "in is null");
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1, not " + maxChars);
        }
        this.maxChars = maxChars;
    }

    /** Moves to the next line; false at the end of the file. */
    boolean next() throws IOException {
        line.setLength(0);
        oversized = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any;
                }
            }
            any = true;
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            int kept = Math.min(end - position, maxChars - line.length());
            oversized |= kept < end - position;
            line.append(buffer, position, kept);
            position = end;
            if (end < limit) {
                position++;
                return true;
            }
        }
    }

    /** The current line without its line end; only its first {@code maxChars} characters when oversized. */
    String line() {
        return line.toString();
    }

    /** Whether the current line ran past the limit. */
    boolean oversized() {
        return oversized;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
