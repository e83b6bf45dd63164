package dev.aspire.data;

import java.nio.file.Path;

/**
 * Run by {@link AtomicFilesCrashTest} in a child JVM: replaces {@code FILE} again and again, alternating two
 * contents of different lengths, and prints the number of each write once it has returned.
 */
public final class AtomicFilesWriter {
    static final String FIRST = "a".repeat(3 * 1024 * 1024);
    static final String SECOND = "b".repeat(1024 * 1024 + 7);

    private AtomicFilesWriter() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        for (int i = 0; ; i++) {
            AtomicFiles.write(file, i % 2 == 0 ? FIRST : SECOND, true);
            System.out.println("written " + i);
            System.out.flush();
        }
    }
}
