package dev.aspire.core.scoring;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much a red flag costs: a major one can lose the offer and keeps the band below strong. */
public enum Severity {
    MAJOR,
    MINOR;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
