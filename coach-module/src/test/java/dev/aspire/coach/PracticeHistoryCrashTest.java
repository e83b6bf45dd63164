package dev.aspire.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aspire.core.scoring.Band;
import dev.aspire.data.AspireSettings;
import dev.aspire.data.ChildJvm;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The practice history in real processes: one killed while it writes loses at most the attempt it was writing,
 * and two practising at once keep every attempt whole.
 */
class PracticeHistoryCrashTest {
    @TempDir
    Path home;

    private PracticeHistory history() {
        return new PracticeHistory(new AspireSettings(home, List.of(), List.of()));
    }

    private static List<String> tags(HistoryLog log) {
        return log.attempts().stream().map(attempt -> attempt.answer().substring(0, attempt.answer().indexOf(" and")))
                .toList();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13})
    void aProcessKilledWhileAppendingLosesAtMostTheAttemptInHand(long seed) throws Exception {
        Random random = new Random(seed);
        int seen = 3 + random.nextInt(20);
        int acknowledged = 0;

        try (ChildJvm practice = ChildJvm.start(HistoryWriter.class, home.toString(), "a", "-1", "20000")) {
            for (; acknowledged < seen; acknowledged++) {
                assertEquals("appended a " + acknowledged, practice.readLine());
            }
            // A seeded pause moves the kill to another point of an append: the write, the sync, the lock.
            Thread.sleep(random.nextInt(15));
            practice.kill();
            // The child kept appending while we read; what it reported before it died is what it had finished.
            for (String line = practice.readLine(); line != null; line = practice.readLine()) {
                assertEquals("appended a " + acknowledged++, line);
            }
        }

        HistoryLog log = history().read();
        List<String> kept = tags(log);
        assertTrue(kept.size() == acknowledged || kept.size() == acknowledged + 1,
                "every acknowledged attempt is kept, plus perhaps the one in hand: " + kept.size() + " of " + acknowledged);
        assertEquals(IntStream.range(0, kept.size()).mapToObj(i -> "a " + i).toList(), kept);
        assertTrue(log.damagedLines() <= 1, "at most the last line is cut short: " + log.damagedLines());

        history().append(new PracticeAttempt("2026-11-22T10:00:00Z", "five-years", "hiring-manager", "Marketing"
                + " Assistant", "Cacao & Co", 90, Band.of(90), List.of(), 12, "next and then"));
        assertEquals("next", tags(history().read()).get(kept.size()), "the next session's attempt reads back whole");
    }

    @Test
    void twoProcessesPractisingAtOnceKeepEveryAttemptWhole() throws Exception {
        try (ChildJvm first = ChildJvm.start(HistoryWriter.class, home.toString(), "a", "150", "200");
             ChildJvm second = ChildJvm.start(HistoryWriter.class, home.toString(), "b", "150", "200")) {
            assertEquals(0, first.waitFor());
            assertEquals(0, second.waitFor());
        }

        HistoryLog log = history().read();
        List<String> kept = tags(log);
        assertEquals(0, log.damagedLines());
        assertEquals(300, kept.size());
        assertEquals(IntStream.range(0, 150).mapToObj(i -> "a " + i).toList(),
                kept.stream().filter(tag -> tag.startsWith("a ")).toList(), "each process's attempts in its order");
        assertEquals(IntStream.range(0, 150).mapToObj(i -> "b " + i).toList(),
                kept.stream().filter(tag -> tag.startsWith("b ")).toList());
    }
}
