package dev.aspire.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads YAML or JSON data files into model types. A file ending in {@code .json} is read as strict JSON,
 * anything else as YAML; every failure becomes a one-line {@link DataFileException}.
 */
public final class DataFiles {
    @Inject
    public DataFiles() {
    }

    public <T> T read(Path file, Class<T> type) {
        String text = TextFiles.read(file, TextFiles.DEFAULT_MAX_BYTES);
        return parse(file.toString(), text, type);
    }

    /** Parses {@code text}, naming it {@code source} in errors; JSON when the name ends in {@code .json}. */
    public <T> T parse(String source, String text, Class<T> type) {
        if (text.isBlank()) {
            throw new DataFileException(source + ": is empty; see the README for what it should contain");
        }
        ObjectMapper mapper = source.toLowerCase(Locale.ROOT).endsWith(".json") ? JsonMapperHolder.MAPPER
                : YamlMapperHolder.MAPPER;
        try {
            T value = mapper.readValue(text, type);
            if (value == null) {
                throw new DataFileException(source + ": holds no data");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw JacksonErrors.describe(source, text, mapper.getFactory(), e);
        }
    }

    /** Reads a YAML resource shipped inside a jar, next to {@code anchor}. */
    public <T> T readResource(Class<?> anchor, String name, Class<T> type) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the build");
            }
            return parse(name, TextFiles.read(name, in, TextFiles.DEFAULT_MAX_BYTES), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /*
     * Each mapper is built the first time a file of its kind is read (the holder class is initialised then),
     * so that a command reading only YAML never pays for the JSON mapper and the other way round. Both are
     * immutable once built and safe to share between threads.
     */
    private static final class YamlMapperHolder {
        static final ObjectMapper MAPPER = Mappers.yaml();
    }

    private static final class JsonMapperHolder {
        static final ObjectMapper MAPPER = Mappers.json();
    }
}
