package dev.aspire.scoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A build step, run by Maven after compiling this module: works out the checksum of the built-in lexicon's
 * YAML files (see {@link BuiltInLexiconCache#stamp()}) and writes it next to them in the given classes
 * directory, so that a run checks its saved lexicon by reading one line instead of every YAML file from the
 * jar. Not part of the application.
 */
public final class PrepareLexiconStamp {
    private PrepareLexiconStamp() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PrepareLexiconStamp CLASSES_DIRECTORY");
        }
        Path stamp = Path.of(args[0]).resolve(BuiltInLexicon.class.getPackageName().replace('.', '/'))
                .resolve(BuiltInLexiconCache.STAMP_RESOURCE);
        Files.createDirectories(stamp.getParent());
        Files.writeString(stamp, Long.toHexString(BuiltInLexiconCache.checksum()) + "\n", StandardCharsets.US_ASCII);
    }
}
