package dev.aspire.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Small checks shared by the model's constructors. */
public final class Text {
    private Text() {
    }

    /** Returns {@code value} when it has some non-blank text, else throws naming {@code field}. */
    public static String requireNonBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing or blank");
        }
        return value;
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * An unmodifiable copy that keeps null elements, so that validation can report them by position
     * instead of the copy failing first ({@link List#copyOf} rejects nulls).
     */
    public static <T> List<T> copyKeepingNulls(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
