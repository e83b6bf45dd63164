package dev.aspire.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.aspire.data.Mappers;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Prints values as indented JSON, the one shape every command's {@code --format json} shares. */
final class Json {
    private static final ObjectWriter WRITER = Mappers.json()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .writer();

    private Json() {
    }

    static void print(PrintWriter out, Object value) {
        try {
            out.println(WRITER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
