package dev.aspire.cli;

/** The documented exit codes of the aspire command. */
public final class ExitCode {
    /** The command did what was asked. */
    public static final int OK = 0;
    /** The answer scored below {@code --min-score}. */
    public static final int BELOW_MIN_SCORE = 1;
    /** The command line or an input file is wrong; the message says how to fix it. */
    public static final int USAGE = 2;
    /** Aspire itself failed; rerun with {@code --debug} and report the stack trace. */
    public static final int INTERNAL = 3;

    private ExitCode() {
    }
}
