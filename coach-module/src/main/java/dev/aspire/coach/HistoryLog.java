package dev.aspire.coach;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * The practice history as read from disk.
 *
 * @param file         where it is kept
 * @param attempts     the attempts, oldest first
 * @param damagedLines lines that could not be read (for instance the last one, cut short by a crash)
 */
public record HistoryLog(Path file, List<PracticeAttempt> attempts, int damagedLines) {
    public HistoryLog {
        requireNonNull(file, "file is null");
        attempts = List.copyOf(attempts);
    }

    public boolean isEmpty() {
        return attempts.isEmpty();
    }

    public List<Integer> scores() {
        return attempts.stream().map(PracticeAttempt::score).toList();
    }
}
