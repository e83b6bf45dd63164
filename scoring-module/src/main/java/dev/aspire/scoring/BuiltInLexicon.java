package dev.aspire.scoring;

import static java.util.Objects.requireNonNull;

import dev.aspire.data.TextFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** One of the lexicon files shipped inside the scoring module's jar. */
final class BuiltInLexicon implements LexiconSource {
    /** The built-in files, in the order they are compiled. */
    static final List<BuiltInLexicon> FILES = List.of(
            new BuiltInLexicon("cues.yaml"),
            new BuiltInLexicon("criteria.yaml"),
            new BuiltInLexicon("flags.yaml"),
            new BuiltInLexicon("archetypes.yaml"),
            new BuiltInLexicon("lenses.yaml"));

    private final String resource;

    BuiltInLexicon(String resource) {
        this.resource = requireNonNull(resource, "resource is null");
    }

    /** The resource's name, next to this class. */
    String resource() {
        return resource;
    }

    @Override
    public String name() {
        return "built-in lexicon " + resource;
    }

    @Override
    public String yaml() {
        try (InputStream in = BuiltInLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the build");
            }
            return TextFiles.read(resource, in, TextFiles.DEFAULT_MAX_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
