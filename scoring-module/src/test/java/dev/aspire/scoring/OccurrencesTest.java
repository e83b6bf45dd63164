package dev.aspire.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The criteria walk occurrences in reading order: by first token, the shorter of two at one place first,
 * and, at the same place and length, in the order they were found.
 */
class OccurrencesTest {
    @Test
    void phrasesFoundByTheirLastWordComeOutInReadingOrder() {
        Occurrences found = new Occurrences();
        found.reset(4);
        // As the matcher reports them: by the token where each phrase ends.
        found.add(0, 2, 4);
        found.add(1, 0, 5);
        found.add(2, 3, 5);
        found.add(3, 2, 6);

        found.sortByStart(found.count);

        assertEquals(List.of("1@0-5", "0@2-4", "3@2-6", "2@3-5"), listed(found));
    }

    @Test
    void theJobsWordsJoinThePhrasesInReadingOrder() {
        Occurrences found = new Occurrences();
        found.reset(4);
        found.add(0, 1, 3);
        found.add(1, 4, 6);
        int matched = found.count;
        found.add(2, 0, 1);
        found.add(3, 4, 5);
        found.add(2, 7, 8);

        found.sortByStart(matched);

        assertEquals(List.of("2@0-1", "0@1-3", "3@4-5", "1@4-6", "2@7-8"), listed(found));
    }

    @Test
    void occurrencesAtTheSamePlaceKeepTheOrderTheyWereFoundIn() {
        Occurrences found = new Occurrences();
        found.reset(4);
        found.add(3, 5, 7);
        found.add(1, 5, 7);
        int matched = found.count;
        found.add(2, 5, 7);

        found.sortByStart(matched);

        assertEquals(List.of("3@5-7", "1@5-7", "2@5-7"), listed(found));
    }

    private static List<String> listed(Occurrences found) {
        List<String> listed = new ArrayList<>();
        for (int o = 0; o < found.count; o++) {
            listed.add(found.signal[o] + "@" + found.start[o] + "-" + found.end[o]);
        }
        return listed;
    }
}
