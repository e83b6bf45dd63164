package dev.aspire.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How a command prints its result. */
enum OutputFormat {
    TEXT,
    JSON,
    MARKDOWN;

    /** The lower-case names of {@code formats}, as {@code --format} takes them, for help texts and shell completion. */
    static List<String> names(OutputFormat... formats) {
        List<String> names = new ArrayList<>(formats.length);
        for (OutputFormat format : formats) {
            names.add(format.name().toLowerCase(Locale.ROOT));
        }
        return List.copyOf(names);
    }
}
