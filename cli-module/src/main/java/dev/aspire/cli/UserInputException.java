package dev.aspire.cli;

/** Something the user asked for that cannot be done as asked; the message says how to fix it. */
final class UserInputException extends RuntimeException {
    UserInputException(String message) {
        super(message);
    }
}
