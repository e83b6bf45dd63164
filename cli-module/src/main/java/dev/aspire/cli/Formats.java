package dev.aspire.cli;

import dev.aspire.core.UnknownIdException;
import java.util.Arrays;
import java.util.Locale;

/** Parses a {@code --format} value against the formats a command supports. */
final class Formats {
    private Formats() {
    }

    static OutputFormat parse(String value, OutputFormat... supported) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(supported)
                .filter(format -> format.name().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst()
                .orElseThrow(() -> new UnknownIdException("format", value, OutputFormat.names(supported)));
    }
}
