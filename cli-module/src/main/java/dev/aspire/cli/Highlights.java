package dev.aspire.cli;

import dev.aspire.core.scoring.RedFlag;
import dev.aspire.core.scoring.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Marks the flagged words in the answer. Overlapping flags merge into one mark, major if any of them is.
 * Marks are plain brackets first, so that wrapping can measure the line; {@link #colour} then turns them
 * into terminal colours when the output is a terminal.
 */
final class Highlights {
    static final String OPEN_MAJOR = "[[";
    static final String OPEN_MINOR = "[(";
    static final String CLOSE_MAJOR = "]]";
    static final String CLOSE_MINOR = ")]";
    private static final String RED = "\u001B[1;31m";
    private static final String YELLOW = "\u001B[33m";
    private static final String RESET = "\u001B[0m";

    private Highlights() {
    }

    /** The answer with {@code [[major]]} and {@code [(minor)]} marks around flagged words. */
    static String mark(String answer, List<RedFlag> flags) {
        List<RedFlag> sorted = new ArrayList<>(flags);
        // A flag on the whole answer (too short) marks nothing in particular.
        sorted.removeIf(f -> f.end() <= f.start() || f.end() - f.start() >= answer.length());
        sorted.sort(Comparator.comparingInt(RedFlag::start));
        StringBuilder marked = new StringBuilder(answer.length() + 16 * sorted.size());
        int at = 0;
        int i = 0;
        while (i < sorted.size()) {
            int start = Math.max(sorted.get(i).start(), at);
            int end = sorted.get(i).end();
            boolean major = sorted.get(i).severity() == Severity.MAJOR;
            i++;
            while (i < sorted.size() && sorted.get(i).start() < end) {
                end = Math.max(end, sorted.get(i).end());
                major |= sorted.get(i).severity() == Severity.MAJOR;
                i++;
            }
            if (start >= end) {
                continue;
            }
            marked.append(answer, at, start)
                    .append(major ? OPEN_MAJOR : OPEN_MINOR)
                    .append(answer, start, end)
                    .append(major ? CLOSE_MAJOR : CLOSE_MINOR);
            at = end;
        }
        return marked.append(answer, at, answer.length()).toString();
    }

    /** Marks turned into colours: bold red for major flags, yellow for minor ones. */
    static String colour(String marked) {
        return marked.replace(OPEN_MAJOR, RED).replace(OPEN_MINOR, YELLOW)
                .replace(CLOSE_MAJOR, RESET).replace(CLOSE_MINOR, RESET);
    }
}
