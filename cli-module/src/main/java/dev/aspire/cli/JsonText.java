package dev.aspire.cli;

/**
 * Appends JSON values to a {@link StringBuilder}, escaped exactly as Jackson's default generator escapes
 * them, so batch output can be built without a generator per answer and still match byte for byte what
 * the rest of Aspire writes. {@code JsonTextTest} holds it to Jackson's output.
 */
final class JsonText {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private JsonText() {
    }

    /** A quoted string, or {@code null}. Only quotes, backslashes and control characters are escaped. */
    static void appendString(StringBuilder out, String value) {
        if (value == null) {
            out.append("null");
            return;
        }
        out.append('"');
        int length = value.length();
        int plain = 0;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(value, plain, i);
            appendEscaped(out, c);
            plain = i + 1;
        }
        out.append(value, plain, length).append('"');
    }

    /** A number as Jackson writes a double: its shortest form, or a quoted string when it is not finite. */
    static void appendNumber(StringBuilder out, double value) {
        if (Double.isFinite(value)) {
            out.append(value);
        } else {
            out.append('"').append(value).append('"');
        }
    }

    private static void appendEscaped(StringBuilder out, char c) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
        }
    }
}
