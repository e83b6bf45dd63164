package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aspire.data.Mappers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A batch line reads the same whether it takes the streaming path or data binding. */
class BatchLineParserTest {
    private final ObjectMapper mapper = Mappers.json();
    private final BatchLineParser parser = new BatchLineParser(mapper);

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"id\": \"a1\", \"text\": \"In five years I want to lead a team.\", \"question\": \"five-years\","
                + " \"interviewer\": \"hiring-manager\", \"role\": \"Chef\", \"company\": \"Cacao & Co\","
                + " \"industry\": \"food\", \"mission\": \"Good cocoa\"}",
        "{\"text\": \"caf\\u00e9 \\\"quoted\\\" \\ud83c\\udf6b\\n\", \"id\": null, \"role\": null}",
        "{\"id\": \"b\", \"notes\": {\"deep\": [1, {\"x\": [true, null]}]}, \"text\": \"kept\", \"score\": 3}",
        "  {\"id\": \"c\", \"text\": \"Ñandú ☕ שירות\"}  ",
        "{}",
        "{\"id\": 5, \"text\": 12.5}",
        "{\"id\": true, \"text\": \"numbers and booleans become text\"}",
        "null"})
    void aLineReadsAsDataBindingReadsIt(String line) throws JsonProcessingException {
        BatchLine bound = mapper.readerFor(BatchLine.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(line);
        assertEquals(bound, parser.parse(line.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aJsonNullLineHasNoFields() throws JsonProcessingException {
        assertNull(parser.parse("null".getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"id\": \"g\", \"text\": \"x\", \"id\": \"g2\"}",
        "{\"id\": \"h\", \"x\": 1, \"x\": 2}",
        "{\"id\": \"i\", \"text\": \"x\"} {\"a\": 1}",
        "{\"id\": \"e\", \"text\": {\"a\": 1}}",
        "{\"id\": \"b\", \"text\": \"cut short",
        "[1, 2]"})
    void aLineDataBindingRefusesIsRefusedWithItsMessage(String line) {
        String expected = assertThrows(JsonProcessingException.class, () -> mapper.readerFor(BatchLine.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(line)).getOriginalMessage();
        assertEquals(expected, assertThrows(JsonProcessingException.class,
                () -> parser.parse(line.getBytes(StandardCharsets.UTF_8))).getOriginalMessage());
    }
}
