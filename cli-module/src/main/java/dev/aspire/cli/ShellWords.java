package dev.aspire.cli;

import java.nio.file.Path;
import java.util.regex.Pattern;

/** Quotes a path for a command the user may copy into a shell. */
final class ShellWords {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._/+:=@%-]+");

    private ShellWords() {
    }

    static String quote(Path path) {
        String text = path.toString();
        return PLAIN.matcher(text).matches() ? text : "'" + text.replace("'", "'\\''") + "'";
    }
}
