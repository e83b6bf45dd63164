package dev.aspire.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a file so that readers see either the old content or the whole new content, never half of it:
 * the text goes to a temporary file in the same folder, is flushed to disk, then renamed over the target.
 */
public final class AtomicFiles {
    private static final AtomicLong COUNTER = new AtomicLong();

    private AtomicFiles() {
    }

    /**
     * Writes {@code text} as UTF-8 to {@code target}. Without {@code replaceExisting}, an existing file is
     * left alone and a {@link DataFileException} says so.
     */
    public static void write(Path target, String text, boolean replaceExisting) {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new DataFileException(target + ": the folder " + folder
                    + " does not exist; create it first or choose another path");
        }
        if (Files.isDirectory(target)) {
            throw new DataFileException(target + ": is a directory; give the path of a file");
        }
        if (!replaceExisting && Files.exists(target)) {
            throw new DataFileException(target + ": already exists; it was left unchanged");
        }
        Path temporary = null;
        try {
            temporary = createTemporary(folder, target.getFileName().toString());
            writeAndSync(temporary, text);
            if (replaceExisting) {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                // Without REPLACE_EXISTING the move refuses a file that appeared since the check above;
                // on one file system it is still a single rename.
                Files.move(temporary, target);
            }
            syncFolder(folder);
        } catch (FileAlreadyExistsException e) {
            throw new DataFileException(target + ": already exists; it was left unchanged", e);
        } catch (IOException e) {
            throw new DataFileException(target + ": cannot be written (" + e.getMessage() + ")", e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** A hidden sibling, created with the folder's usual permissions (unlike {@code Files.createTempFile}). */
    private static Path createTemporary(Path folder, String name) throws IOException {
        while (true) {
            Path candidate = folder.resolve("." + name + "." + ProcessHandle.current().pid() + "."
                    + COUNTER.incrementAndGet() + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                // Left behind by a crashed run with the same process id: try the next name.
            }
        }
    }

    private static void writeAndSync(Path file, String text) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
    }

    /**
     * The rename is recorded in the folder; syncing it makes the new file survive a power cut, not only a
     * crash of this process. Some file systems cannot sync a folder, and the file itself is already safe.
     */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Best effort: the content was synced before the rename, so at worst the old file comes back.
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // A stray hidden temporary file is harmless; the write itself already succeeded or failed.
        }
    }
}
