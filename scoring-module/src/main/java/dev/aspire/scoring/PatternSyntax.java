package dev.aspire.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Expands one lexicon line into the plain phrases it stands for, so a lexicon can say many ways of
 * saying a thing in one line. {@code (a|b c)} is a choice, {@code [x]} is optional, choices nest;
 * {@code <num>} stands for any number ("5", "five"), {@code <any>} for any one word and {@code <past>}
 * for any past form ("processed", "taught"). For example
 * {@code (leave|quit) [this|the] (job|role)} is six phrases.
 */
final class PatternSyntax {
    static final String NUMBER = "<num>";
    static final String ANY_WORD = "<any>";
    static final String PAST_WORD = "<past>";
    /** Far more than any sensible line needs; stops a typo such as a missing ")" from exploding. */
    static final int MAX_EXPANSIONS = 4096;

    private final String line;
    private int at;

    private PatternSyntax(String line) {
        this.line = line;
    }

    /** Every phrase the line stands for, blanks collapsed; fails with a message that quotes the line. */
    static List<String> expand(String line) {
        PatternSyntax syntax = new PatternSyntax(line);
        List<String> phrases = syntax.choice();
        if (syntax.at != line.length()) {
            throw syntax.error("unexpected '" + line.charAt(syntax.at) + "'");
        }
        List<String> cleaned = new ArrayList<>(phrases.size());
        for (String phrase : phrases) {
            String clean = phrase.strip().replaceAll("\\s+", " ");
            if (!clean.isEmpty() && !cleaned.contains(clean)) {
                cleaned.add(clean);
            }
        }
        if (cleaned.isEmpty()) {
            throw syntax.error("stands for no phrase");
        }
        return cleaned;
    }

    private List<String> choice() {
        List<String> all = new ArrayList<>(sequence());
        while (at < line.length() && line.charAt(at) == '|') {
            at++;
            all.addAll(sequence());
            limit(all.size());
        }
        return all;
    }

    private List<String> sequence() {
        List<String> result = new ArrayList<>(List.of(""));
        while (at < line.length()) {
            char c = line.charAt(at);
            List<String> part;
            if (c == '(' || c == '[') {
                at++;
                part = choice();
                char close = c == '(' ? ')' : ']';
                if (at >= line.length() || line.charAt(at) != close) {
                    throw error("missing '" + close + "'");
                }
                at++;
                if (c == '[') {
                    part.add("");
                }
            } else if (c == '|' || c == ')' || c == ']') {
                break;
            } else {
                int from = at;
                while (at < line.length() && "([|)]".indexOf(line.charAt(at)) < 0) {
                    at++;
                }
                part = List.of(line.substring(from, at));
            }
            List<String> joined = new ArrayList<>(result.size() * part.size());
            for (String head : result) {
                for (String tail : part) {
                    joined.add(head + tail);
                }
            }
            limit(joined.size());
            result = joined;
        }
        return result;
    }

    private void limit(int size) {
        if (size > MAX_EXPANSIONS) {
            throw error("stands for more than " + MAX_EXPANSIONS + " phrases; split it");
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("phrase '" + line + "': " + what);
    }
}
