package dev.aspire.scoring;

import dev.aspire.core.scoring.Span;
import java.util.List;

/**
 * The few spans one criterion quotes, gathered without a growing list and handed over as the immutable list
 * the report keeps, so that {@link dev.aspire.core.scoring.CriterionScore} has nothing left to copy. Holds at
 * most four spans, more than any built-in criterion quotes.
 */
final class EvidenceList {
    private Span a;
    private Span b;
    private Span c;
    private Span d;
    private int size;

    void add(Span span) {
        switch (size++) {
            case 0 -> a = span;
            case 1 -> b = span;
            case 2 -> c = span;
            case 3 -> d = span;
            default -> throw new IllegalStateException("a criterion quotes at most four spans");
        }
    }

    /** Puts the spans in reading order; spans that start together keep the order they were added in. */
    void sortByStart() {
        // A few spans: swapping neighbours until none is out of order is stable and costs next to nothing.
        for (int pass = 1; pass < size; pass++) {
            if (size > 1 && a.start() > b.start()) {
                Span t = a;
                a = b;
                b = t;
            }
            if (size > 2 && b.start() > c.start()) {
                Span t = b;
                b = c;
                c = t;
            }
            if (size > 3 && c.start() > d.start()) {
                Span t = c;
                c = d;
                d = t;
            }
        }
    }

    List<Span> toList() {
        return switch (size) {
            case 0 -> List.of();
            case 1 -> List.of(a);
            case 2 -> List.of(a, b);
            case 3 -> List.of(a, b, c);
            default -> List.of(a, b, c, d);
        };
    }
}
