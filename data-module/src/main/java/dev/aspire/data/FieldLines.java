package dev.aspire.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * Finds the line of a field by its path. Jackson reads a record's fields before it builds the record, so it
 * notices an unknown field only at the end of the record and reports that line; reading the text once more
 * finds the line the field is actually on.
 */
final class FieldLines {
    private FieldLines() {
    }

    /** The line of the field at {@code path} in {@code text}, or 0 when it cannot be found. */
    static int lineOf(JsonFactory factory, String text, List<Reference> path) {
        List<Object> wanted = new ArrayList<>();
        for (Reference reference : path) {
            wanted.add(reference.getFieldName() != null ? reference.getFieldName() : (Object) reference.getIndex());
        }
        if (wanted.isEmpty() || !(wanted.get(wanted.size() - 1) instanceof String)) {
            return 0;
        }
        try (JsonParser parser = factory.createParser(text)) {
            return find(parser, wanted);
        } catch (IOException | RuntimeException e) {
            // The text failed to parse for another reason first; the caller keeps Jackson's own line.
            return 0;
        }
    }

    private static int find(JsonParser parser, List<Object> wanted) throws IOException {
        Deque<Object[]> open = new ArrayDeque<>();
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                open.pop();
                continue;
            }
            if (token == JsonToken.FIELD_NAME) {
                open.peek()[0] = parser.currentName();
                if (open.size() == wanted.size() && wanted.equals(path(open))) {
                    return parser.currentTokenLocation().getLineNr();
                }
                continue;
            }
            Object[] parent = open.peek();
            if (parent != null && parent[0] instanceof Integer index) {
                parent[0] = index + 1;
            }
            if (token == JsonToken.START_OBJECT) {
                open.push(new Object[] {""});
            } else if (token == JsonToken.START_ARRAY) {
                open.push(new Object[] {-1});
            }
        }
        return 0;
    }

    private static List<Object> path(Deque<Object[]> open) {
        List<Object> path = new ArrayList<>();
        open.descendingIterator().forEachRemaining(frame -> path.add(Objects.requireNonNull(frame[0])));
        return path;
    }
}
