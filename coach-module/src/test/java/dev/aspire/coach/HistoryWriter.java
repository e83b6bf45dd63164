package dev.aspire.coach;

import dev.aspire.core.scoring.Band;
import dev.aspire.data.AspireSettings;
import java.nio.file.Path;
import java.util.List;

/**
 * Run by {@link PracticeHistoryCrashTest} in a child JVM, as an {@code aspire practice} process would: appends
 * attempts to the history under {@code HOME} through the real {@link PracticeHistory}, each answer reading
 * "{@code TAG N}" followed by filler, and prints "{@code appended TAG N}" once each append has returned.
 * {@code COUNT} attempts, or without end when it is negative.
 */
public final class HistoryWriter {
    private HistoryWriter() {
    }

    public static void main(String[] args) {
        PracticeHistory history = new PracticeHistory(new AspireSettings(Path.of(args[0]), List.of(), List.of()));
        String tag = args[1];
        int count = Integer.parseInt(args[2]);
        // A long answer makes each write take a while, so a kill often lands in the middle of one.
        String filler = " and then I grew".repeat(Integer.parseInt(args[3]));
        for (int i = 0; count < 0 || i < count; i++) {
            history.append(new PracticeAttempt("2026-11-21T10:00:00Z", "five-years", "hiring-manager",
                    "Marketing Assistant", "Cacao & Co", i % 101, Band.of(i % 101), List.of(), 12,
                    tag + " " + i + filler));
            System.out.println("appended " + tag + " " + i);
            System.out.flush();
        }
    }
}
