package dev.aspire.core.scoring;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * Something in an answer that can cost the offer. In JSON it reads flat, the span's fields inline:
 * {@code {code, severity, start, end, text, advice, rewrite}}, with {@code rewrite} left out when there is none.
 *
 * @param code     stable code, e.g. {@code LEAVING_SOON}
 * @param severity major or minor
 * @param span     the words in the answer that raised it
 * @param advice   what to do instead
 * @param rewrite  a suggested rewrite of the sentence, where one can be offered
 */
public record RedFlag(String code, Severity severity, Span span, String advice, Optional<String> rewrite) {
    public RedFlag {
        requireNonNull(code, "code is null");
        requireNonNull(severity, "severity is null");
        requireNonNull(span, "span is null");
        requireNonNull(advice, "advice is null");
        requireNonNull(rewrite, "rewrite is null");
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    /** The flagged words, as written in the answer. */
    public String text() {
        return span.text();
    }

    @JsonValue
    Flat json() {
        return new Flat(code, severity, span.start(), span.end(), span.text(), advice, rewrite.orElse(null));
    }

    /** Reads the flat JSON form. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static RedFlag fromJson(Flat json) {
        return new RedFlag(json.code(), json.severity(), new Span(json.start(), json.end(), json.text()), json.advice(),
                Optional.ofNullable(json.rewrite()));
    }

    /** The JSON form: one flat object, as a batch consumer or a spreadsheet wants it. */
    @JsonPropertyOrder({"code", "severity", "start", "end", "text", "advice", "rewrite"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Flat(String code, Severity severity, int start, int end, String text, String advice, String rewrite) {
    }
}
