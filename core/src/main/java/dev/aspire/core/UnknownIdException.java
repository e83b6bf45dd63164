package dev.aspire.core;

import java.util.List;

/** Thrown when an id names nothing known; the message lists the ids that do exist. */
public final class UnknownIdException extends IllegalArgumentException {
    private final String id;
    private final List<String> knownIds;

    public UnknownIdException(String kind, String id, List<String> knownIds) {
        super("unknown " + kind + " '" + id + "'; known: " + String.join(", ", knownIds));
        this.id = id;
        this.knownIds = List.copyOf(knownIds);
    }

    public String id() {
        return id;
    }

    public List<String> knownIds() {
        return knownIds;
    }
}
