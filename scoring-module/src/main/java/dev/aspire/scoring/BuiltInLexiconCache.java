package dev.aspire.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Keeps the compiled built-in lexicon on disk between runs. Compiling the YAML files takes most of a cold
 * {@code aspire score} (parsing some 100 KB of YAML, then building a trie of about 108,000 phrases); reading
 * the compiled form back is a few array copies. The {@code ./aspire} launcher names the file in the system
 * property {@value #PROPERTY}, next to its class-data-sharing archive and after the same jar, so a new
 * build gets a new file. Without the property, or when the file is missing, stale or unreadable, the YAML
 * files are compiled as usual; the YAML stays the only source of truth.
 */
final class BuiltInLexiconCache {
    static final String PROPERTY = "aspire.lexicon.cache";
    /** The resource, beside the YAML files, that holds their checksum as the build worked it out. */
    static final String STAMP_RESOURCE = "lexicon.stamp";

    private BuiltInLexiconCache() {
    }

    /** The built-in lexicon, from the cache file when it holds the current one, else compiled (and saved). */
    static ScoringLexicon load() {
        String file = System.getProperty(PROPERTY, "");
        if (file.isBlank()) {
            return ScoringLexicon.load(BuiltInLexicon.FILES);
        }
        return load(Path.of(file));
    }

    static ScoringLexicon load(Path cache) {
        long stamp = stamp();
        Optional<ScoringLexicon> cached = Optional.empty();
        try {
            if (Files.isRegularFile(cache)) {
                cached = LexiconImage.read(Files.readAllBytes(cache), stamp);
            }
        } catch (IOException | OutOfMemoryError e) {
            // An unreadable cache is the same as none: the files below are compiled instead.
        }
        if (cached.isPresent()) {
            return cached.get();
        }
        ScoringLexicon lexicon = ScoringLexicon.load(BuiltInLexicon.FILES);
        save(cache, LexiconImage.write(lexicon, stamp));
        return lexicon;
    }

    /**
     * Written under a temporary name and renamed, so a run started meanwhile reads the old file or the new
     * one, never half of one. A directory that cannot be written only costs the next run its head start.
     */
    private static void save(Path cache, byte[] image) {
        Path tmp = cache.resolveSibling(cache.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.write(tmp, image);
            try {
                Files.move(tmp, cache, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, cache, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // Nothing more to do: the temporary file is left for the next clean build.
            }
        }
    }

    /**
     * A checksum of the built-in YAML files' bytes, so an image of other files is never taken for theirs. The
     * build writes it beside the files ({@link PrepareLexiconStamp}); classes compiled without that step (by an
     * IDE, say) work it out from the files, which means reading all of them from the class path.
     */
    static long stamp() {
        try (InputStream in = BuiltInLexicon.class.getResourceAsStream(STAMP_RESOURCE)) {
            if (in != null) {
                return Long.parseUnsignedLong(new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip(), 16);
            }
        } catch (IOException | NumberFormatException e) {
            // A damaged stamp is worked out again below; it can only cost time, never take a stale image.
        }
        return checksum();
    }

    /** The checksum {@link #stamp()} stands for, worked out from the YAML files themselves. */
    static long checksum() {
        CRC32 crc = new CRC32();
        for (BuiltInLexicon file : BuiltInLexicon.FILES) {
            try (InputStream in = BuiltInLexicon.class.getResourceAsStream(file.resource())) {
                if (in == null) {
                    throw new IllegalStateException("resource " + file.resource() + " is missing from the build");
                }
                byte[] bytes = in.readAllBytes();
                crc.update(bytes);
                crc.update(bytes.length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return crc.getValue();
    }
}
