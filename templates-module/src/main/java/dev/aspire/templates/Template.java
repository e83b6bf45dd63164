package dev.aspire.templates;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** One parsed phrasing, ready to be filled from a profile. Parse with {@link TemplateParser}. */
final class Template {
    private final String source;
    private final List<Node> nodes;

    Template(String source, List<Node> nodes) {
        this.source = requireNonNull(source, "source is null");
        this.nodes = List.copyOf(nodes);
    }

    /** The phrasing with every placeholder filled in one pass; inserted values are never read again. */
    String render(SlotValues values) {
        StringBuilder out = new StringBuilder();
        render(nodes, values, out);
        return out.toString();
    }

    private static void render(List<Node> nodes, SlotValues values, StringBuilder out) {
        for (Node node : nodes) {
            if (node instanceof Node.Literal literal) {
                out.append(literal.text());
            } else if (node instanceof Node.Placeholder placeholder) {
                out.append(values.render(placeholder));
            } else if (node instanceof Node.Section section) {
                render(allFilled(section.filled(), values) ? section.filled() : section.otherwise(), values, out);
            }
        }
    }

    private static boolean allFilled(List<Node> nodes, SlotValues values) {
        return nodes.stream()
                .filter(Node.Placeholder.class::isInstance)
                .map(Node.Placeholder.class::cast)
                .noneMatch(values::isEmpty);
    }

    @Override
    public String toString() {
        return source;
    }
}
