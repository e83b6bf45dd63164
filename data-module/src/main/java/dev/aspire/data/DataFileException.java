package dev.aspire.data;

/**
 * A data file (profile, pack, answer) that cannot be used. The message is one line that names the file,
 * and where known the line and field, and says what is wrong.
 */
public final class DataFileException extends RuntimeException {
    public DataFileException(String message) {
        super(message);
    }

    public DataFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
