package dev.aspire.templates;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A piece of a parsed phrasing: literal text, a placeholder, or an optional section. */
sealed interface Node permits Node.Literal, Node.Placeholder, Node.Section {

    /** Text written in the phrasing itself, copied to the answer as it is. */
    record Literal(String text) implements Node {
        public Literal {
            requireNonNull(text, "text is null");
        }
    }

    /**
     * A slot's value: the whole list, one item ({@code index}, from 1), or the first few ({@code limit}),
     * optionally after "a"/"an" and with a capital first letter.
     */
    record Placeholder(Slot slot, int index, int limit, Article article, boolean capitalise) implements Node {
        public Placeholder {
            requireNonNull(slot, "slot is null");
            requireNonNull(article, "article is null");
        }

        boolean canBeEmpty() {
            return slot.canBeEmpty(index);
        }
    }

    /**
     * {@code [filled|otherwise]}: {@code filled} when every placeholder directly inside it has a value,
     * else {@code otherwise} (often nothing).
     */
    record Section(List<Node> filled, List<Node> otherwise) implements Node {
        public Section {
            filled = List.copyOf(filled);
            otherwise = List.copyOf(otherwise);
        }
    }

    /** Whether a placeholder gets "a"/"an" in front, and whether that article is capitalised. */
    enum Article {
        NONE,
        LOWER,
        CAPITAL
    }
}
