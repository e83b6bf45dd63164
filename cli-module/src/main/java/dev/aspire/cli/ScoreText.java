package dev.aspire.cli;

import dev.aspire.core.scoring.CriterionScore;
import dev.aspire.core.scoring.RedFlag;
import dev.aspire.core.scoring.ScoreReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Prints a score report for people: the total, a bar per criterion, the flags and the marked answer. */
final class ScoreText {
    private static final int WIDTH = 78;
    private static final int BAR = 20;
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R");

    private final PrintWriter out;
    private final boolean colour;

    ScoreText(PrintWriter out, boolean colour) {
        this.out = out;
        this.colour = colour;
    }

    void print(String answer, ScoreReport report, int pace) {
        // Plain concatenation rather than String.format: the formatter's first use costs a command that runs
        // for a fraction of a second several per cent of its time.
        out.println("Score " + report.score() + "/100 (" + report.band().id() + ")   archetype: " + report.archetype()
                + "   " + report.words() + " words, about " + Math.round(report.seconds()) + " s aloud at " + pace
                + " wpm");
        if (!report.interviewer().isEmpty()) {
            out.println();
            wrap("As heard by " + report.interviewer() + ": " + report.lens(), "");
        }
        out.println();
        out.println("Criteria");
        for (CriterionScore c : report.criteria()) {
            out.println("  " + padEnd(c.id(), 20) + " " + padStart(c.points(), 3) + "/" + padEnd(String.valueOf(c.max()), 3)
                    + " " + bar(c.points(), c.max()));
            wrap(c.advice(), "      ");
        }
        out.println();
        printFlags(report.flags());
        out.println();
        out.println("Answer" + (report.flags().isEmpty() ? "" : colour ? "" : " ([[major]] and [(minor)] flags marked)"));
        String marked = Highlights.mark(answer, report.flags());
        for (String paragraph : PARAGRAPH_BREAK.split(marked)) {
            if (!paragraph.isBlank()) {
                for (String line : Wrap.lines(paragraph, WIDTH - 2)) {
                    out.println("  " + (colour ? Highlights.colour(line) : line));
                }
            }
        }
    }

    /** One entry per code, in order of first appearance, with every place it was found. */
    private void printFlags(List<RedFlag> flags) {
        if (flags.isEmpty()) {
            out.println("Red flags: none");
            return;
        }
        Map<String, List<RedFlag>> byCode = new LinkedHashMap<>();
        flags.forEach(flag -> byCode.computeIfAbsent(flag.code(), code -> new ArrayList<>()).add(flag));
        out.println("Red flags (" + byCode.size() + ")");
        for (List<RedFlag> same : byCode.values()) {
            RedFlag first = same.get(0);
            StringBuilder quotes = new StringBuilder();
            for (RedFlag flag : same) {
                quotes.append(quotes.length() == 0 ? "" : ", ").append('"').append(quote(flag.text())).append('"');
            }
            out.println("  " + first.severity().id() + "  " + first.code());
            wrap(quotes.toString(), "      ");
            wrap(first.advice(), "      ");
            first.rewrite().ifPresent(rewrite -> wrap("Try: \"" + rewrite + "\"", "      "));
        }
    }

    private static String padEnd(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    private static String padStart(int number, int width) {
        String text = String.valueOf(number);
        return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }

    static String bar(int points, int max) {
        int filled = max == 0 ? 0 : (int) Math.round((double) points * BAR / max);
        return "[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "]";
    }

    /** Long quotes (a whole run-on sentence) are cut, since the answer below shows them in full. */
    static String quote(String text) {
        String flat = Wrap.SPACES.matcher(text).replaceAll(" ").strip();
        return flat.length() <= 90 ? flat : flat.substring(0, 87) + "...";
    }

    private void wrap(String text, String indent) {
        Wrap.lines(text, WIDTH - indent.length()).forEach(line -> out.println(indent + line));
    }
}
