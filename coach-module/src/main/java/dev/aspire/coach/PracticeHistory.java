package dev.aspire.coach;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.aspire.data.AspireSettings;
import dev.aspire.data.DataFileException;
import dev.aspire.data.Mappers;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The practice history: one JSON object per line in {@code history.jsonl} under the Aspire home.
 *
 * <p>Appending is safe when two aspire processes practise at once: each record is one write made under
 * an exclusive file lock and synced to disk. Reading skips a line it cannot parse, such as a last line
 * cut short by a crash, and counts it, so one damaged record never hides the others.
 */
public final class PracticeHistory {
    public static final String FILE_NAME = "history.jsonl";
    /**
     * The longest record read back. An attempt keeps its answer, which may be a line of up to 1 Mi characters, and
     * JSON writes a control character as six; anything longer was not written by Aspire and is counted as
     * damaged without being held in memory.
     */
    static final int MAX_RECORD_CHARS = 8 << 20;

    /** A file lock guards against other processes; threads of this one must take turns before it. */
    private static final Object APPEND_TURN = new Object();

    private final Path file;
    private final ObjectWriter writer = Mappers.json().writerFor(PracticeAttempt.class);
    // Newer versions may add fields; an older aspire still reads the ones it knows.
    // An answer may be longer than the strings the usual mapper accepts (a line of up to 1 Mi characters).
    private final ObjectReader reader = Mappers.json(MAX_RECORD_CHARS).readerFor(PracticeAttempt.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Inject
    public PracticeHistory(AspireSettings settings) {
        this.file = requireNonNull(settings, "settings is null").home().resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** Adds one attempt at the end of the history, creating the file and its folder when needed. */
    public void append(PracticeAttempt attempt) {
        requireNonNull(attempt, "attempt is null");
        byte[] line = (toJson(attempt) + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (APPEND_TURN) {
            try {
                Files.createDirectories(file.getParent());
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
                        StandardOpenOption.READ, StandardOpenOption.WRITE);
                     FileLock lock = channel.lock()) {
                    appendLine(channel, line);
                    channel.force(true);
                }
            } catch (IOException e) {
                throw new DataFileException(file + ": cannot record the attempt (" + e.getMessage() + ")", e);
            }
        }
    }

    /** Every attempt, oldest first; an absent file is an empty history. */
    public HistoryLog read() {
        List<PracticeAttempt> attempts = new ArrayList<>();
        int damaged = 0;
        // Malformed bytes are replaced rather than refused: the line then fails to parse and is counted.
        try (HistoryLines lines = new HistoryLines(
                new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), MAX_RECORD_CHARS)) {
            while (lines.next()) {
                if (lines.oversized()) {
                    damaged++;
                    continue;
                }
                String line = lines.line();
                if (line.isBlank()) {
                    continue;
                }
                try {
                    attempts.add(reader.readValue(line));
                } catch (IOException | RuntimeException e) {
                    damaged++;
                }
            }
        } catch (NoSuchFileException e) {
            return new HistoryLog(file, List.of(), 0);
        } catch (IOException e) {
            throw new DataFileException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return new HistoryLog(file, attempts, damaged);
    }

    /**
     * Writes {@code line} at the end. When the last record was cut short, a line break goes first so that
     * the damage stays within that record instead of spoiling this one too.
     */
    private static void appendLine(FileChannel channel, byte[] line) throws IOException {
        long end = channel.size();
        ByteBuffer buffer;
        if (end > 0 && lastByte(channel, end) != '\n') {
            buffer = ByteBuffer.allocate(line.length + 1).put((byte) '\n').put(line).flip();
        } else {
            buffer = ByteBuffer.wrap(line);
        }
        long position = end;
        while (buffer.hasRemaining()) {
            position += channel.write(buffer, position);
        }
    }

    private static byte lastByte(FileChannel channel, long size) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, size - 1);
        return last.get(0);
    }

    private String toJson(PracticeAttempt attempt) {
        try {
            return writer.writeValueAsString(attempt);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
