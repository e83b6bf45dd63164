package dev.aspire.cli;

import java.util.Arrays;

/**
 * A growable buffer of JSON text for batch output. Strings are escaped exactly as Jackson's default
 * generator escapes them, so a batch matches byte for byte what the rest of Aspire writes
 * ({@code JsonCharsTest} holds it to Jackson). The text stays in chars, the form a {@link java.io.Writer}
 * takes, so the thread that writes it out only encodes it; characters are copied once, while they are
 * checked for escaping.
 */
final class JsonChars {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private char[] chars;
    private int length;

    JsonChars(int capacity) {
        chars = new char[Math.max(16, capacity)];
    }

    /** The text so far; only the first {@link #length()} chars are meant. */
    char[] chars() {
        return chars;
    }

    int length() {
        return length;
    }

    /** Appends JSON syntax (punctuation, field names) as it stands. */
    JsonChars raw(String syntax) {
        int n = syntax.length();
        room(n);
        syntax.getChars(0, n, chars, length);
        length += n;
        return this;
    }

    JsonChars raw(char syntax) {
        room(1);
        chars[length++] = syntax;
        return this;
    }

    /** A quoted string, or {@code null}. Only quotes, backslashes and control characters are escaped. */
    JsonChars string(String value) {
        if (value == null) {
            return raw("null");
        }
        int n = value.length();
        room(n + 2);
        chars[length++] = '"';
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                chars[length++] = c;
            } else {
                escape(c);
                room(n - i + 1);
            }
        }
        chars[length++] = '"';
        return this;
    }

    JsonChars number(int value) {
        return raw(Integer.toString(value));
    }

    /** A number as Jackson writes a double: its shortest form, or a quoted string when it is not finite. */
    JsonChars number(double value) {
        String text = Double.toString(value);
        return Double.isFinite(value) ? raw(text) : raw('"').raw(text).raw('"');
    }

    private void escape(char c) {
        switch (c) {
            case '"' -> raw("\\\"");
            case '\\' -> raw("\\\\");
            case '\n' -> raw("\\n");
            case '\r' -> raw("\\r");
            case '\t' -> raw("\\t");
            case '\b' -> raw("\\b");
            case '\f' -> raw("\\f");
            default -> raw("\\u00").raw(HEX[c >> 4]).raw(HEX[c & 0xF]);
        }
    }

    /** Makes room for {@code more} chars after the current text. */
    private void room(int more) {
        if (length + more > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(length + more, chars.length * 2));
        }
    }
}
