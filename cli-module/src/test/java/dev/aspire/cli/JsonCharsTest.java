package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.aspire.data.Mappers;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Batch output is appended as text, so it must escape exactly as Jackson's generator does elsewhere. */
class JsonCharsTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "plain words", "say \"yes\"", "back\\slash and /slash", "tab\tnew\nline\r",
        "\b\f\u0000\u0001\u001f\u007f", "\"\"\"\\\\\n\n\n\u0002", "café Ñandú ☕ 🍫 שירות", "line\u2028separator",
        "lone \ud800 surrogate"})
    void stringsAreEscapedAsJacksonEscapesThem(String value) throws IOException {
        assertEquals(jackson(g -> g.writeString(value)), text(new JsonChars(1).string(value)));
    }

    @Test
    void aMissingStringIsNull() throws IOException {
        assertEquals(jackson(g -> g.writeString((String) null)), text(new JsonChars(1).string(null)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 7, -12, 100, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void wholeNumbersAreWrittenAsJacksonWritesThem(int value) throws IOException {
        assertEquals(jackson(g -> g.writeNumber(value)), text(new JsonChars(1).number(value)));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 65.1, 60, 0.1, 1e-7, 123456789.25, 1e21, -3.5, Double.NaN, Double.POSITIVE_INFINITY})
    void numbersAreWrittenAsJacksonWritesThem(double value) throws IOException {
        assertEquals(jackson(g -> g.writeNumber(value)), text(new JsonChars(1).number(value)));
    }

    @Test
    void aBufferGrowsToHoldWhateverIsAppended() {
        JsonChars json = new JsonChars(1);
        String many = "word \"quoted\" ".repeat(1000);
        json.raw('[').string(many).raw(",").string(many).raw(']');
        assertEquals("[" + quoted(many) + "," + quoted(many) + "]", text(json));
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\\\"") + "\"";
    }

    private static String text(JsonChars json) {
        return new String(json.chars(), 0, json.length());
    }

    private interface Write {
        void to(JsonGenerator generator) throws IOException;
    }

    private static String jackson(Write write) throws IOException {
        StringWriter json = new StringWriter();
        try (JsonGenerator generator = Mappers.json().getFactory().createGenerator(json)) {
            write.to(generator);
        }
        return json.toString();
    }
}
