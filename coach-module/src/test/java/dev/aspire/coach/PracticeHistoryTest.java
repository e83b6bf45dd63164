package dev.aspire.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aspire.core.scoring.Band;
import dev.aspire.data.AspireSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PracticeHistoryTest {
    @TempDir
    Path home;

    private PracticeHistory history() {
        return new PracticeHistory(new AspireSettings(home.resolve("aspire-home"), List.of(), List.of()));
    }

    @Test
    void noHistoryYetIsEmpty() {
        HistoryLog log = history().read();

        assertTrue(log.isEmpty());
        assertEquals(0, log.damagedLines());
    }

    @Test
    void attemptsReadBackInTheOrderTheyWereMade() {
        PracticeHistory history = history();
        PracticeAttempt first = attempt("2026-11-20T10:00:00Z", 55, "I would, um, like a \"big\" role\nlater");
        PracticeAttempt second = attempt("2026-11-21T10:00:00Z", 81, "At Cacao & Co I will grow");

        history.append(first);
        history.append(second);

        assertEquals(List.of(first, second), history.read().attempts());
        assertEquals(home.resolve("aspire-home").resolve("history.jsonl"), history.file());
    }

    @Test
    void aLastLineCutShortIsSkippedAndTheNextAttemptStillReads() throws IOException {
        PracticeHistory history = history();
        history.append(attempt("2026-11-20T10:00:00Z", 55, "first"));
        Files.writeString(history.file(), "{\"at\":\"2026-11-20T11:00:00Z\",\"quest", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        history.append(attempt("2026-11-21T10:00:00Z", 70, "third"));
        HistoryLog log = history.read();

        assertEquals(List.of(55, 70), log.scores());
        assertEquals(1, log.damagedLines());
    }

    @Test
    void aRecordLongerThanAnyAttemptAspireWritesIsCountedAsDamagedAndTheOthersStillRead() {
        PracticeHistory history = history();
        history.append(attempt("2026-11-20T10:00:00Z", 55, "first"));
        // Well formed, but past the limit (1.2 million flags): read back whole, it would be an attempt scoring 60.
        history.append(new PracticeAttempt("2026-11-20T11:00:00Z", "five-years", "hiring-manager",
                "Marketing Assistant", "Cacao & Co", 60, Band.of(60), Collections.nCopies(1_200_000, "FILLER_WORDS"),
                12, "x"));
        history.append(attempt("2026-11-21T10:00:00Z", 70, "third"));

        HistoryLog log = history.read();

        assertEquals(List.of(55, 70), log.scores());
        assertEquals(1, log.damagedLines());
    }

    @Test
    void anAnswerAsLongAsAPracticeLineMayBeIsReadBack() {
        PracticeHistory history = history();
        PracticeAttempt longest = attempt("2026-11-20T10:00:00Z", 40, "x".repeat(1024 * 1024));
        history.append(longest);

        HistoryLog log = history.read();

        // Compared by score and length: a failure message with the whole answer in it would be a megabyte long.
        assertEquals(List.of(40), log.scores());
        assertEquals(longest.answer().length(), log.attempts().get(0).answer().length());
        assertEquals(0, log.damagedLines());
    }

    @Test
    void attemptsAppendedAtTheSameTimeAreAllKeptWhole() throws InterruptedException {
        PracticeHistory history = history();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            threads.add(new Thread(() -> IntStream.range(0, 25).forEach(i ->
                    history.append(attempt("2026-11-21T10:00:00Z", thread * 25 + i, "x".repeat(2000))))));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }

        HistoryLog log = history.read();
        assertEquals(0, log.damagedLines());
        assertEquals(IntStream.range(0, 100).boxed().toList(), log.scores().stream().sorted().toList());
    }

    @Test
    void fieldsAddedByANewerVersionAreIgnored() throws IOException {
        PracticeHistory history = history();
        Files.createDirectories(history.file().getParent());
        Files.writeString(history.file(), "{\"at\":\"2026-11-21T10:00:00Z\",\"question\":\"five-years\","
                + "\"interviewer\":\"hiring-manager\",\"jobTitle\":\"Chef\",\"company\":\"Bistro\",\"score\":77,"
                + "\"band\":\"strong\",\"flags\":[],\"words\":120,\"answer\":\"...\",\"mood\":\"calm\"}\n");

        assertEquals(List.of(77), history.read().scores());
        assertEquals(Band.STRONG, history.read().attempts().get(0).band());
    }

    private static PracticeAttempt attempt(String at, int score, String answer) {
        return new PracticeAttempt(at, "five-years", "hiring-manager", "Marketing Assistant", "Cacao & Co", score,
                Band.of(score), List.of("FILLER_WORDS"), 12, answer);
    }
}
