package dev.aspire.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Wraps prose at word boundaries for the terminal. */
final class Wrap {
    /** Compiled once: a report wraps a few dozen paragraphs, and String.split would compile it for each. */
    static final Pattern SPACES = Pattern.compile("\\s+");

    private Wrap() {
    }

    static List<String> lines(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : SPACES.split(text.strip())) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
