package dev.aspire.core.scoring;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a score falls: strong from 75, fair from 50, weak below. */
public enum Band {
    STRONG(75),
    FAIR(50),
    WEAK(0);

    private final int from;

    Band(int from) {
        this.from = from;
    }

    /** The lowest score in this band. */
    public int from() {
        return from;
    }

    public static Band of(int score) {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be 0-100, was " + score);
        }
        return score >= STRONG.from ? STRONG : score >= FAIR.from ? FAIR : WEAK;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
