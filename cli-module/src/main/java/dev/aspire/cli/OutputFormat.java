package dev.aspire.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/** How a command prints its result. */
enum OutputFormat {
    TEXT,
    JSON,
    MARKDOWN;

    /** Lower-case names, for help texts and shell completion. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(format -> format.name().toLowerCase(Locale.ROOT)).iterator();
        }
    }
}
