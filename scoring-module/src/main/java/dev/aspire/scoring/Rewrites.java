package dev.aspire.scoring;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Suggested rewrites for a flagged sentence. A lexicon's rewrite is either a replacement sentence with
 * {@code {role}} and {@code {company}} filled from the job, {@value #WITHOUT} (the sentence with the
 * flagged words taken out) or {@value #REPLACE} (the sentence with the flagged words replaced by the job's
 * company or title).
 */
final class Rewrites {
    static final String WITHOUT = "{without}";
    static final String REPLACE = "{replace}";
    private static final Pattern ROLE_WORD_AT_END = Pattern.compile(".*\\b(role|position|job)$");

    private Rewrites() {
    }

    /** The template with the job filled in: "this {role}" reads "this Data Analyst role" or "this role". */
    static String fill(String template, JobWords job) {
        String title = job.title();
        String role = title.isEmpty() ? "role"
                : ROLE_WORD_AT_END.matcher(title.toLowerCase(Locale.ROOT)).matches() ? title : title + " role";
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

    /**
     * Collapses the spaces and commas a cut leaves behind ("Um, I guess I want" becomes "I want") and
     * capitalises the first letter, in one pass: rewrites are built for every flagged sentence.
     */
    static String tidy(String sentence) {
        StringBuilder out = new StringBuilder(sentence.length());
        boolean pendingSpace = false;
        char pendingComma = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = out.length() > 0;
            } else if (c == ',' || c == ';' || c == ':') {
                // A comma is held back: a second one, or the sentence's end, makes it redundant.
                pendingComma = out.length() > 0 ? c : 0;
                pendingSpace = false;
            } else {
                boolean ending = c == '.' || c == '!' || c == '?';
                if (pendingComma != 0 && !ending) {
                    out.append(pendingComma);
                    pendingSpace = true;
                }
                if (pendingSpace && !ending) {
                    out.append(' ');
                }
                if (out.length() == 0 && Character.isLetter(c)) {
                    c = Character.toUpperCase(c);
                }
                out.append(c);
                pendingSpace = false;
                pendingComma = 0;
            }
        }
        return out.toString();
    }
}
