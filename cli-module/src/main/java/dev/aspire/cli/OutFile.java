package dev.aspire.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checks made on an {@code --out} file before any work starts, so no effort is lost to a bad path. */
final class OutFile {
    private OutFile() {
    }

    /** Fails unless {@code file} can be written: its folder exists, and it is new or {@code --force} was given. */
    static void requireWritable(Path file, boolean force) {
        if (Files.isDirectory(file)) {
            throw new UserInputException(file + " is a directory; give the name of a file with --out");
        }
        if (Files.exists(file) && !force) {
            throw new UserInputException(file + " already exists; pass --force to replace it, or choose another "
                    + "file with --out");
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserInputException("the folder of " + file + " does not exist; create it first or choose "
                    + "another path with --out");
        }
    }
}
