package dev.aspire.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.OptionSpec;

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

    /** The {@code --format} option of a command that prints any of {@code formats}, text unless told otherwise. */
    static OptionSpec option(OutputFormat... formats) {
        return OptionSpec.builder("--format").paramLabel("FORMAT").type(String.class).defaultValue("text")
                .completionCandidates(names(formats))
                .description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).").build();
    }
}
