package dev.aspire.scoring;

import java.util.Locale;

/**
 * Suggested rewrites for a flagged sentence. A lexicon's rewrite is either a replacement sentence with
 * {@code {role}} and {@code {company}} filled from the job, {@value #WITHOUT} (the sentence with the
 * flagged words taken out) or {@value #REPLACE} (the sentence with the flagged words replaced by the job's
 * company or title).
 */
final class Rewrites {
    static final String WITHOUT = "{without}";
    static final String REPLACE = "{replace}";

    private Rewrites() {
    }

    /** The template with the job filled in: "this {role}" reads "this Data Analyst role" or "this role". */
    static String fill(String template, JobWords job) {
        String title = job.title();
        String role = title.isEmpty() ? "role"
                : title.toLowerCase(Locale.ROOT).matches(".*\\b(role|position|job)$") ? title : title + " role";
        String company = job.companyName().isEmpty() ? "your company" : job.companyName();
        return template.replace("{role}", role).replace("{company}", company);
    }

    /** The sentence from {@code from} to {@code to} with the character ranges in {@code cuts} removed. */
    static String without(String text, int from, int to, int[] cutStarts, int[] cutEnds, int cuts) {
        StringBuilder kept = new StringBuilder(to - from);
        int at = from;
        for (int c = 0; c < cuts; c++) {
            if (cutStarts[c] >= at && cutEnds[c] <= to) {
                kept.append(text, at, cutStarts[c]);
                at = cutEnds[c];
            }
        }
        kept.append(text, at, to);
        return tidy(kept.toString());
    }

    /** The sentence with the range replaced by {@code replacement}. */
    static String replace(String text, int from, int to, int cutStart, int cutEnd, String replacement) {
        return tidy(text.substring(from, cutStart) + replacement + text.substring(cutEnd, to));
    }

    /** Collapses the spaces and commas a cut leaves behind and capitalises the first letter. */
    private static String tidy(String sentence) {
        String s = sentence.replaceAll("\\s+", " ")
                .replaceAll("\\s*,(\\s*,)+", ",")
                .replaceAll("\\s+([,.!?;:])", "$1")
                .replaceAll(",([.!?])", "$1")
                .replaceAll("^[\\s,;:]+", "")
                .strip();
        if (s.isEmpty()) {
            return s;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
