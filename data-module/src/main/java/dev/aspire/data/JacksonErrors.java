package dev.aspire.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns Jackson's exceptions into one line a person can act on: where, which field, what is wrong. */
final class JacksonErrors {
    private JacksonErrors() {
    }

    /** Describes {@code e}, met while {@code factory} parsed {@code text} from {@code source}. */
    static DataFileException describe(String source, String text, JsonFactory factory, JsonProcessingException e) {
        StringBuilder message = new StringBuilder(source);
        int line = e instanceof UnrecognizedPropertyException unknown
                ? FieldLines.lineOf(factory, text, unknown.getPath()) : 0;
        if (line == 0) {
            line = line(e);
        }
        if (line > 0) {
            // Only the line: Jackson's column points past the offending token, which misleads more than it helps.
            message.append(':').append(line);
        }
        message.append(": ");
        String field = e instanceof JsonMappingException mapping ? fieldPath(mapping) : "";
        if (!field.isEmpty()) {
            message.append(field).append(": ");
        }
        message.append(what(e));
        return new DataFileException(oneLine(message.toString()), e);
    }

    /**
     * For a YAML syntax error, the line where the broken construct starts (an unclosed quote) or else where
     * the problem shows (a tab used for indentation); otherwise the line Jackson reports.
     */
    private static int line(JsonProcessingException e) {
        MarkedYAMLException yaml = causeOfType(e, MarkedYAMLException.class);
        if (yaml != null) {
            Mark mark = yaml.getContextMark() != null ? yaml.getContextMark() : yaml.getProblemMark();
            if (mark != null) {
                return mark.getLine() + 1;
            }
        }
        JsonLocation location = e.getLocation();
        return location == null ? 0 : location.getLineNr();
    }

    private static String what(JsonProcessingException e) {
        MarkedYAMLException yaml = causeOfType(e, MarkedYAMLException.class);
        if (yaml != null) {
            // SnakeYAML's own message repeats the line with a caret under it; its two phrases say enough.
            String context = yaml.getContext() == null ? "" : yaml.getContext().strip() + ", ";
            return context + yaml.getProblem().strip() + "; check the quotes, brackets and indentation";
        }
        if (causeOfType(e, StreamConstraintsException.class) != null) {
            return "lists or sections are nested more than " + Mappers.MAX_NESTING_DEPTH + " levels deep; Aspire's"
                    + " files need only a few, so look for brackets that are never closed";
        }
        if (causeOfType(e, InputCoercionException.class) != null) {
            return "the number is too large; give a whole number such as 10";
        }
        if (e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return "more data follows the end of the first document; keep one document per file";
        }
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
            return "'" + invalid.getValue() + "' is not "
                    + (invalid.getTargetType() == null ? "valid here" : expected(invalid.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + expected(mismatch.getTargetType()) + " here";
        }
        String original = e.getOriginalMessage();
        return original == null ? "cannot be read" : original;
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
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
