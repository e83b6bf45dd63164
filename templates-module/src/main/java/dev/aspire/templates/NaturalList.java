package dev.aspire.templates;

import java.util.List;

/** Joins items the way people say them: "a", "a and b", "a, b and c". */
final class NaturalList {
    private NaturalList() {
    }

    static String join(List<String> items) {
        return switch (items.size()) {
            case 0 -> "";
            case 1 -> items.get(0);
            default -> String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
        };
    }
}
