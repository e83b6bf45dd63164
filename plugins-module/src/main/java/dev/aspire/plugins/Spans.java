package dev.aspire.plugins;

import dev.aspire.core.scoring.Span;

/** The check every span from a plugin passes: it lies inside the answer and holds the answer's own words. */
final class Spans {
    private Spans() {
    }

    static boolean inside(Span span, String text) {
        return span.end() <= text.length() && text.startsWith(span.text(), span.start());
    }
}
