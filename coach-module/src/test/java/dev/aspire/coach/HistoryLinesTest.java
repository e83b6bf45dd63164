package dev.aspire.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryLinesTest {
    @Test
    void givesEachLineWithoutItsEndIncludingALastOneWithoutABreak() throws IOException {
        assertEquals(List.of("one", "", "two", "three"), lines("one\n\ntwo\nthree", 100));
    }

    @Test
    void aFileEndingInALineBreakHasNoEmptyLastLine() throws IOException {
        assertEquals(List.of("one", "two"), lines("one\ntwo\n", 100));
    }

    @Test
    void aLineLongerThanTheLimitIsMarkedAndTheNextOneIsReadWhole() throws IOException {
        try (HistoryLines lines = new HistoryLines(new StringReader("x".repeat(50_000) + "\nnext\n"), 10)) {
            assertTrue(lines.next());
            assertTrue(lines.oversized());
            assertEquals("xxxxxxxxxx", lines.line());

            assertTrue(lines.next());
            assertFalse(lines.oversized());
            assertEquals("next", lines.line());
            assertFalse(lines.next());
        }
    }

    @Test
    void aLineOfExactlyTheLimitIsNotOversized() throws IOException {
        try (HistoryLines lines = new HistoryLines(new StringReader("0123456789\n"), 10)) {
            assertTrue(lines.next());
            assertFalse(lines.oversized());
            assertEquals("0123456789", lines.line());
        }
    }

    @Test
    void refusesALimitBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> new HistoryLines(new StringReader(""), 0));
    }

    private static List<String> lines(String text, int limit) throws IOException {
        List<String> found = new ArrayList<>();
        try (HistoryLines lines = new HistoryLines(new StringReader(text), limit)) {
            while (lines.next()) {
                found.add(lines.line());
            }
        }
        return found;
    }
}
