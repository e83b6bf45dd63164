package dev.aspire.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the placeholder language of template packs. It is small on purpose, because packs come from
 * strangers: placeholders {@code {slot}}, {@code {slot.N}}, {@code {slot:N}}, {@code {a slot}},
 * {@code {^slot}}; optional sections {@code [ ... ]} and {@code [ ... | ... ]}; backslash escapes for
 * {@code \{ \} \[ \] \| \\}. There are no loops, no includes and no expressions, and length and nesting
 * are bounded, so rendering is one linear pass.
 */
final class TemplateParser {
    static final int MAX_LENGTH = 1_000;
    static final int MAX_SECTION_DEPTH = 3;
    static final int MAX_PLACEHOLDERS = 40;
    /** No list in a valid profile is longer than this. */
    static final int MAX_LIST_POSITION = 5;

    private static final String SPECIAL = "{}[]|\\";
    private static final Pattern PLACEHOLDER =
            Pattern.compile("(?:(a|an|A|An) )?(\\^)?([a-z][a-z-]*)(?:([.:])([0-9]{1,2}))?");
    private static final int EXCERPT = 30;

    private final String text;
    private int position;
    private int placeholders;

    private TemplateParser(String text) {
        this.text = text;
    }

    /** The parsed phrasing, or a {@link TemplateSyntaxException} saying what is wrong with it. */
    static Template parse(String text) {
        if (text == null || text.isBlank()) {
            throw new TemplateSyntaxException("a phrasing is empty; write the sentence or remove the entry");
        }
        if (text.length() > MAX_LENGTH) {
            throw new TemplateSyntaxException("a phrasing is " + text.length() + " characters long; the limit is "
                    + MAX_LENGTH + ", so split it into shorter sentences");
        }
        requireNoControlCharacters("a phrasing", text);
        TemplateParser parser = new TemplateParser(text);
        List<Node> nodes = parser.sequence(0);
        requireFilledSlotsOutsideSections(nodes);
        return new Template(text, nodes);
    }

    /**
     * A pack's text is printed into answers and terminals; an escape or other control character would garble
     * them or drive the terminal. Tabs and line breaks, which YAML's block styles produce, are only spacing.
     */
    static void requireNoControlCharacters(String what, String text) {
        text.chars().filter(TemplateParser::isControl).findFirst().ifPresent(c -> {
            throw new TemplateSyntaxException(String.format("%s contains the control character U+%04X; delete it",
                    what, c));
        });
    }

    private static boolean isControl(int c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }

    private List<Node> sequence(int depth) {
        List<Node> nodes = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '\\' && position + 1 < text.length() && SPECIAL.indexOf(text.charAt(position + 1)) >= 0) {
                literal.append(text.charAt(position + 1));
                position += 2;
            } else if (c == '{') {
                flush(literal, nodes);
                nodes.add(placeholder());
            } else if (c == '}') {
                throw error("'}' without a matching '{'", Math.max(0, position - EXCERPT + 1), position + 1);
            } else if (c == '[') {
                flush(literal, nodes);
                nodes.add(section(depth + 1));
            } else if (c == ']' || c == '|') {
                if (depth == 0) {
                    throw error("'" + c + "' outside an optional section; write \\" + c + " for the character itself",
                            Math.max(0, position - EXCERPT + 1), position + 1);
                }
                break;
            } else {
                literal.append(c);
                position++;
            }
        }
        flush(literal, nodes);
        return nodes;
    }

    private Node.Section section(int depth) {
        int open = position;
        if (depth > MAX_SECTION_DEPTH) {
            throw error("optional sections nest more than " + MAX_SECTION_DEPTH + " deep", open, open + EXCERPT);
        }
        position++;
        List<Node> filled = sequence(depth);
        List<Node> otherwise = List.of();
        if (position < text.length() && text.charAt(position) == '|') {
            position++;
            otherwise = sequence(depth);
            if (position < text.length() && text.charAt(position) == '|') {
                throw error("an optional section has more than one '|'", open, position + 1);
            }
        }
        if (position >= text.length()) {
            throw error("'[' is never closed; end the optional section with ']'", open, open + EXCERPT);
        }
        position++;
        if (filled.stream().noneMatch(Node.Placeholder.class::isInstance)) {
            throw error("an optional section needs a placeholder of its own before any '|', or it would always show",
                    open, position);
        }
        return new Node.Section(filled, otherwise);
    }

    private Node.Placeholder placeholder() {
        int open = position;
        int close = open + 1;
        while (close < text.length() && text.charAt(close) != '}' && text.charAt(close) != '{') {
            close++;
        }
        if (close >= text.length() || text.charAt(close) == '{') {
            throw error("'{' is never closed; end the placeholder with '}'", open, open + EXCERPT);
        }
        position = close + 1;
        if (++placeholders > MAX_PLACEHOLDERS) {
            throw new TemplateSyntaxException("a phrasing has more than " + MAX_PLACEHOLDERS
                    + " placeholders; split it into shorter sentences");
        }
        String inside = text.substring(open + 1, close);
        Matcher matcher = PLACEHOLDER.matcher(inside);
        if (!matcher.matches()) {
            throw error("cannot read this placeholder; write {slot}, {slot.N}, {slot:N}, {a slot} or {^slot}",
                    open, position);
        }
        String name = matcher.group(3);
        Slot slot = Slots.find(name).orElseThrow(() -> error("unknown slot '" + name + "'; known slots: "
                + String.join(", ", Slots.names()), open, position));
        int number = matcher.group(5) == null ? 0 : Integer.parseInt(matcher.group(5));
        if (matcher.group(4) != null) {
            if (!slot.list()) {
                throw error("'" + name + "' holds one value, so '" + matcher.group(4)
                        + "N' does not apply; only lists take it (skills, passions, reasons)", open, position);
            }
            if (number < 1 || number > MAX_LIST_POSITION) {
                throw error("N must be 1-" + MAX_LIST_POSITION, open, position);
            }
        }
        boolean byIndex = ".".equals(matcher.group(4));
        Node.Article article = matcher.group(1) == null ? Node.Article.NONE
                : Character.isUpperCase(matcher.group(1).charAt(0)) ? Node.Article.CAPITAL : Node.Article.LOWER;
        return new Node.Placeholder(slot, byIndex ? number : 0, byIndex ? 0 : number, article,
                matcher.group(2) != null);
    }

    /**
     * A slot that some profiles leave empty (such as {@code mission}) would leave a hole in the sentence,
     * so it may only appear where an optional section checks it.
     */
    private static void requireFilledSlotsOutsideSections(List<Node> nodes) {
        for (Node node : nodes) {
            if (node instanceof Node.Placeholder placeholder && placeholder.canBeEmpty()) {
                throw new TemplateSyntaxException(describe(placeholder) + " can be empty; put it inside [ ... ] so the"
                        + " sentence still reads well without it");
            }
            if (node instanceof Node.Section section) {
                section.filled().stream().filter(Node.Section.class::isInstance)
                        .forEach(inner -> requireFilledSlotsOutsideSections(List.of(inner)));
                requireFilledSlotsOutsideSections(section.otherwise());
            }
        }
    }

    private static String describe(Node.Placeholder placeholder) {
        return "slot '" + placeholder.slot().name() + (placeholder.index() > 0 ? "." + placeholder.index() : "") + "'";
    }

    private TemplateSyntaxException error(String message, int from, int to) {
        String excerpt = text.substring(from, Math.min(text.length(), to)).replaceAll("\\s+", " ");
        return new TemplateSyntaxException(message + " (at \"" + excerpt + "\")");
    }

    private static void flush(StringBuilder literal, List<Node> nodes) {
        if (literal.length() > 0) {
            nodes.add(new Node.Literal(literal.toString()));
            literal.setLength(0);
        }
    }
}
