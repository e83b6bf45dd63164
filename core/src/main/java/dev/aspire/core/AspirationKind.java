package dev.aspire.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The three kinds of aspiration a candidate can build an answer on. */
public enum AspirationKind {
    SKILL("skill", "grow mastery of a craft or skill set"),
    LEADERSHIP("leadership", "grow into leading people or programmes"),
    INDUSTRY("industry", "build a career in an industry or cause you care about");

    private final String id;
    private final String description;

    AspirationKind(String id, String description) {
        this.id = id;
        this.description = description;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** Parses {@code skill}, {@code leadership} or {@code industry}, ignoring case and surrounding blanks. */
    @JsonCreator
    public static AspirationKind fromId(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(kind -> kind.id.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new UnknownIdException("aspiration kind", String.valueOf(id), ids()));
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(AspirationKind::id).toList();
    }
}
