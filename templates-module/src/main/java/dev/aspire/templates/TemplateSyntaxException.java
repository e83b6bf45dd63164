package dev.aspire.templates;

/** A phrasing that breaks the placeholder language; the message says what and where, in one line. */
final class TemplateSyntaxException extends IllegalArgumentException {
    TemplateSyntaxException(String message) {
        super(message);
    }
}
