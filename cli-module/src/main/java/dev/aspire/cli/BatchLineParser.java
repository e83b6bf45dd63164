package dev.aspire.cli;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Turns a batch line's UTF-8 bytes into a {@link BatchLine}. The usual line, an object whose fields are
 * strings or nulls, is read with a streaming parser straight from the bytes: data binding a record per
 * line cost more than scanning its text. Anything else (another shape, a number where text belongs, a
 * syntax error) is handed to data binding on the decoded text, so coercions and error messages are
 * exactly what data binding makes of the line.
 */
final class BatchLineParser {
    private final JsonFactory factory;
    private final ObjectReader binding;

    BatchLineParser(ObjectMapper mapper) {
        requireNonNull(mapper, "mapper is null");
        this.factory = mapper.getFactory();
        this.binding = mapper.readerFor(BatchLine.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The line's fields; null for a line that is JSON null. */
    BatchLine parse(byte[] utf8) throws JsonProcessingException {
        BatchLine line = stream(utf8);
        if (line != null) {
            return line;
        }
        return binding.readValue(new String(utf8, StandardCharsets.UTF_8));
    }

    /** The fields of an object of strings, read as it streams by; null when the line is anything else. */
    private BatchLine stream(byte[] utf8) {
        String id = null;
        String text = null;
        String question = null;
        String interviewer = null;
        String role = null;
        String company = null;
        String industry = null;
        String mission = null;
        try (JsonParser parser = factory.createParser(utf8)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!isKnown(field)) {
                    parser.skipChildren();
                    continue;
                }
                if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NULL) {
                    return null;
                }
                String string = value == JsonToken.VALUE_NULL ? null : parser.getText();
                switch (field) {
                    case "id" -> id = string;
                    case "text" -> text = string;
                    case "question" -> question = string;
                    case "interviewer" -> interviewer = string;
                    case "role" -> role = string;
                    case "company" -> company = string;
                    case "industry" -> industry = string;
                    default -> mission = string;
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                return null;
            }
        } catch (JsonProcessingException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BatchLine(id, text, question, interviewer, role, company, industry, mission);
    }

    private static boolean isKnown(String field) {
        return switch (field) {
            case "id", "text", "question", "interviewer", "role", "company", "industry", "mission" -> true;
            default -> false;
        };
    }
}
