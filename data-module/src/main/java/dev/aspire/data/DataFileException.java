package dev.aspire.data;

/**
 * A data file (profile, pack, answer) that cannot be used. The message is one line that names the file,
 * and where known the line and field, and says what is wrong. Messages quote what the file holds, which may
 * span lines; the line breaks are turned into spaces here, so that the message stays one line whoever wrote it.
 */
public final class DataFileException extends RuntimeException {
    public DataFileException(String message) {
        super(oneLine(message));
    }

    public DataFileException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    private static String oneLine(String message) {
        return message == null ? null : message.replaceAll("\\s*\\R\\s*", " ");
    }
}
