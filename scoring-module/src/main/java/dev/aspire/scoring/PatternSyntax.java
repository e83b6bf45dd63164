package dev.aspire.scoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Expands one lexicon line into the phrases it stands for, so a lexicon can say many ways of saying a
 * thing in one line. {@code (a|b c)} is a choice, {@code [x]} is optional, choices nest; {@code <num>}
 * stands for any number ("5", "five"), {@code <any>} for any one word and {@code <past>} for any past form
 * ("processed", "taught"). For example {@code (leave|quit) [this|the] (job|role)} is six phrases. Choices
 * sit between words, never inside one.
 *
 * <p>A phrase comes out as the list of its literal fragments ("leave", "this", "job"), so the compiler can
 * read each distinct fragment once however many phrases share it.
 */
final class PatternSyntax {
    static final String NUMBER = "<num>";
    static final String ANY_WORD = "<any>";
    static final String PAST_WORD = "<past>";
    /** Far more than any sensible line needs; stops a typo such as a missing ")" from exploding. */
    static final int MAX_EXPANSIONS = 4096;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final String line;
    private int at;

    private PatternSyntax(String line) {
        this.line = line;
    }

    /** Every phrase the line stands for, as plain text with blanks collapsed, without duplicates. */
    static List<String> expand(String line) {
        Set<String> phrases = new LinkedHashSet<>();
        for (List<String> fragments : fragments(line)) {
            String phrase = WHITESPACE.matcher(String.join(" ", fragments).strip()).replaceAll(" ");
            if (!phrase.isEmpty()) {
                phrases.add(phrase);
            }
        }
        return List.copyOf(phrases);
    }

    /** Every phrase the line stands for, each as its non-blank literal fragments; fails quoting the line. */
    static List<List<String>> fragments(String line) {
        PatternSyntax syntax = new PatternSyntax(line);
        List<List<String>> phrases = syntax.choice();
        if (syntax.at != line.length()) {
            throw syntax.error("unexpected '" + line.charAt(syntax.at) + "'");
        }
        phrases.removeIf(List::isEmpty);
        if (phrases.isEmpty()) {
            throw syntax.error("stands for no phrase");
        }
        return phrases;
    }

    private List<List<String>> choice() {
        List<List<String>> all = new ArrayList<>(sequence());
        while (at < line.length() && line.charAt(at) == '|') {
            at++;
            all.addAll(sequence());
            limit(all.size());
        }
        return all;
    }

    private List<List<String>> sequence() {
        List<List<String>> result = new ArrayList<>();
        result.add(List.of());
        while (at < line.length()) {
            char c = line.charAt(at);
            List<List<String>> part;
            if (c == '(' || c == '[') {
                at++;
                part = choice();
                char close = c == '(' ? ')' : ']';
                if (at >= line.length() || line.charAt(at) != close) {
                    throw error("missing '" + close + "'");
                }
                at++;
                if (c == '[') {
                    part.add(List.of());
                }
            } else if (c == '|' || c == ')' || c == ']') {
                break;
            } else {
                int from = at;
                while (at < line.length() && "([|)]".indexOf(line.charAt(at)) < 0) {
                    at++;
                }
                String literal = line.substring(from, at).strip();
                part = List.of(literal.isEmpty() ? List.of() : List.of(literal));
            }
            List<List<String>> joined = new ArrayList<>(result.size() * part.size());
            for (List<String> head : result) {
                for (List<String> tail : part) {
                    if (tail.isEmpty()) {
                        joined.add(head);
                    } else if (head.isEmpty()) {
                        joined.add(tail);
                    } else {
                        List<String> both = new ArrayList<>(head.size() + tail.size());
                        both.addAll(head);
                        both.addAll(tail);
                        joined.add(both);
                    }
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

    /** A parsed line: literal words, and choices between sequences (an optional part is a choice with ""). */
    sealed interface Node permits Literal, Choice {
    }

    /** Words as written, e.g. "leave this". */
    record Literal(String text) implements Node {
    }

    /** One of several sequences; an empty sequence stands for nothing. */
    record Choice(List<List<Node>> alternatives) implements Node {
    }

    /** The line as a sequence of nodes, so a compiler can walk every phrase without writing any out. */
    static List<Node> parse(String line) {
        PatternSyntax syntax = new PatternSyntax(line);
        List<List<Node>> top = syntax.parseChoice();
        if (syntax.at != line.length()) {
            throw syntax.error("unexpected '" + line.charAt(syntax.at) + "'");
        }
        return top.size() == 1 ? top.get(0) : List.of(new Choice(top));
    }

    private List<List<Node>> parseChoice() {
        List<List<Node>> alternatives = new ArrayList<>();
        alternatives.add(parseSequence());
        while (at < line.length() && line.charAt(at) == '|') {
            at++;
            alternatives.add(parseSequence());
        }
        return alternatives;
    }

    private List<Node> parseSequence() {
        List<Node> nodes = new ArrayList<>();
        while (at < line.length()) {
            char c = line.charAt(at);
            if (c == '(' || c == '[') {
                at++;
                List<List<Node>> alternatives = parseChoice();
                char close = c == '(' ? ')' : ']';
                if (at >= line.length() || line.charAt(at) != close) {
                    throw error("missing '" + close + "'");
                }
                at++;
                if (c == '[') {
                    alternatives.add(List.of());
                }
                nodes.add(new Choice(alternatives));
            } else if (c == '|' || c == ')' || c == ']') {
                break;
            } else {
                int from = at;
                while (at < line.length() && "([|)]".indexOf(line.charAt(at)) < 0) {
                    at++;
                }
                String literal = line.substring(from, at).strip();
                if (!literal.isEmpty()) {
                    nodes.add(new Literal(literal));
                }
            }
        }
        return nodes;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("phrase '" + line + "': " + what);
    }
}
