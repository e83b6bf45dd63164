package dev.aspire.cli;

/** Escapes text from a profile so that Markdown shows it as written, not as formatting. */
final class Markdown {
    private static final String SPECIAL = "\\`*_[]<>#|";

    private Markdown() {
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
