package dev.aspire.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.stream.Collectors;

/** Turns Jackson's exceptions into one line a person can act on: where, which field, what is wrong. */
final class JacksonErrors {
    private JacksonErrors() {
    }

    static DataFileException describe(String source, JsonProcessingException e) {
        StringBuilder message = new StringBuilder(source);
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            // Only the line: Jackson's column points past the offending token, which misleads more than it helps.
            message.append(':').append(location.getLineNr());
        }
        message.append(": ");
        String field = e instanceof JsonMappingException mapping ? fieldPath(mapping) : "";
        if (!field.isEmpty()) {
            message.append(field).append(": ");
        }
        message.append(what(e));
        return new DataFileException(oneLine(message.toString()), e);
    }

    private static String what(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'; known fields: "
                    + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
        }
        if (e instanceof ValueInstantiationException || e.getCause() instanceof IllegalArgumentException) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return cause.getMessage();
        }
        if (e instanceof InvalidFormatException invalid) {
            return "'" + invalid.getValue() + "' is not a valid " + simpleType(invalid.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + expected(mismatch.getTargetType()) + " here";
        }
        String original = e.getOriginalMessage();
        return original == null ? "cannot be read" : original;
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex() + 1).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type == String.class) {
            return "a piece of text";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type.isEnum()) {
            return "one of the listed words";
        }
        return "a section with fields (" + simpleType(type) + ")";
    }

    private static String simpleType(Class<?> type) {
        return type == null ? "value" : type.getSimpleName();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
