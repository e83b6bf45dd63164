package dev.aspire.core;

import java.util.regex.Pattern;

/** Checks the stable ids by which archetypes, question variants, interviewer roles and styles are found. */
public final class Ids {
    private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9-]*");
    private static final int MAX_LENGTH = 64;

    private Ids() {
    }

    /** Returns {@code id} when it is a lower-case id such as {@code hiring-manager}, else throws. */
    public static String requireValid(String id, String what) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException(what + " id is missing");
        }
        if (id.length() > MAX_LENGTH || !VALID.matcher(id).matches()) {
            throw new IllegalArgumentException(what + " id '" + id
                    + "' is not valid: use lower-case letters, digits and dashes, starting with a letter (at most "
                    + MAX_LENGTH + " characters)");
        }
        return id;
    }

    public static boolean isValid(String id) {
        return id != null && id.length() <= MAX_LENGTH && VALID.matcher(id).matches();
    }
}
