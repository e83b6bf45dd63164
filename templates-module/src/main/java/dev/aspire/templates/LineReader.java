package dev.aspire.templates;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.List;

/**
 * Reads a value of type {@code R} as usual and keeps the line it starts on, so that problems found later
 * (an unknown id, a broken placeholder) can point at the line of the pack file to fix.
 */
abstract class LineReader<R, T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final Class<R> rawType;

    LineReader(Class<T> type, Class<R> rawType) {
        super(type);
        this.rawType = rawType;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        try {
            return withLine(context.readValue(parser, rawType), start.getLineNr());
        } catch (UnrecognizedPropertyException e) {
            throw atStart(parser, e, start);
        }
    }

    abstract T withLine(R raw, int line);

    /**
     * Records notice an unknown field only when the whole entry has been read, so Jackson reports the line
     * after it; the line where the entry starts is the one worth showing.
     */
    private static UnrecognizedPropertyException atStart(JsonParser parser, UnrecognizedPropertyException e,
                                                         JsonLocation start) {
        UnrecognizedPropertyException moved = new UnrecognizedPropertyException(parser, e.getOriginalMessage(), start,
                e.getReferringClass(), e.getPropertyName(), e.getKnownPropertyIds());
        List<JsonMappingException.Reference> path = e.getPath();
        for (int i = path.size() - 1; i >= 0; i--) {
            moved.prependPath(path.get(i));
        }
        return moved;
    }
}
