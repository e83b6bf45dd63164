package dev.aspire.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the user types or pipes in, read a line at a time as UTF-8. It is opened on first use, so verbs that
 * read nothing never touch standard input.
 */
final class LineInput {
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** Far more than anyone types or says in an answer; keeps a stray file piped in from filling memory. */
    static final int MAX_CHARS = 1024 * 1024;

    private final InputStream in;
    private final boolean interactive;
    private BufferedReader reader;
    private boolean started;

    LineInput(InputStream in, boolean interactive) {
        this.in = in;
        this.interactive = interactive;
    }

    /**
     * Whether a person types the input at a terminal. When it is piped instead, nobody sees it, so the
     * exercise repeats each reply after its question to keep the transcript readable. The launcher counts
     * the input as typed only when a console is attached (stdin and stdout both terminals).
     */
    boolean interactive() {
        return interactive;
    }

    /** The raw input, for verbs that read it whole as bytes (an answer or a batch from {@code -}). */
    InputStream stream() {
        return in;
    }

    /** The next line without its line break; empty at the end of input. */
    Optional<String> line() {
        try {
            if (reader == null) {
                reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            String line = boundedLine();
            if (line != null && !started && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
                // A file saved by some Windows editors starts with a byte-order mark; it is not part of the answer.
                line = line.substring(1);
            }
            started = true;
            return Optional.ofNullable(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Like {@link BufferedReader#readLine()}, but refuses a line longer than {@link #MAX_CHARS}. */
    private String boundedLine() throws IOException {
        StringBuilder line = new StringBuilder();
        int c = reader.read();
        if (c < 0) {
            return null;
        }
        for (; c >= 0 && c != '\n'; c = reader.read()) {
            if (c == '\r') {
                reader.mark(1);
                if (reader.read() != '\n') {
                    reader.reset();
                }
                break;
            }
            line.append((char) c);
            if (line.length() > MAX_CHARS) {
                throw new UserInputException("a line of input is longer than " + MAX_CHARS + " characters; check"
                        + " that the right file is piped in");
            }
        }
        return line.toString();
    }

    /**
     * A block of text ended by an empty line or the end of input; empty lines before it are skipped. Empty
     * when the input ends before any text.
     */
    Optional<String> paragraph() {
        List<String> lines = new ArrayList<>();
        int size = 0;
        for (Optional<String> line = line(); line.isPresent(); line = line()) {
            if (line.get().isBlank()) {
                if (lines.isEmpty()) {
                    continue;
                }
                break;
            }
            lines.add(line.get().strip());
            size += line.get().length() + 1;
            if (size > MAX_CHARS) {
                throw new UserInputException("an answer is longer than " + MAX_CHARS + " characters; end each"
                        + " answer with an empty line");
            }
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
    }
}
