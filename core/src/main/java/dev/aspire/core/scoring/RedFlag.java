package dev.aspire.core.scoring;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;

/**
 * Something in an answer that can cost the offer. In JSON it reads flat, the span's fields inline:
 * {@code {code, severity, start, end, text, advice, rewrite}}, with {@code rewrite} left out when there is none.
 *
 * @param code     stable code, e.g. {@code LEAVING_SOON}
 * @param severity major or minor
 * @param span     the words that raised it
 * @param advice   what to do instead
 * @param rewrite  a suggested rewrite of the sentence, where one can be offered
 */
@JsonPropertyOrder({"code", "severity", "start", "end", "text", "advice", "rewrite"})
public record RedFlag(String code, Severity severity, @JsonIgnore Span span, String advice,
                      @JsonIgnore Optional<String> rewrite) {
    public RedFlag {
        requireNonNull(code, "code is null");
        requireNonNull(severity, "severity is null");
        requireNonNull(span, "span is null");
        requireNonNull(advice, "advice is null");
        requireNonNull(rewrite, "rewrite is null");
    }

    /** Reads the flat JSON form. */
    @JsonCreator
    static RedFlag fromJson(@JsonProperty("code") String code, @JsonProperty("severity") Severity severity,
                            @JsonProperty("start") int start, @JsonProperty("end") int end,
                            @JsonProperty("text") String text, @JsonProperty("advice") String advice,
                            @JsonProperty("rewrite") String rewrite) {
        return new RedFlag(code, severity, new Span(start, end, text), advice, Optional.ofNullable(rewrite));
    }

    @JsonProperty("start")
    public int start() {
        return span.start();
    }

    @JsonProperty("end")
    public int end() {
        return span.end();
    }

    /** The flagged words, as written in the answer. */
    @JsonProperty("text")
    public String text() {
        return span.text();
    }

    @JsonProperty("rewrite")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    String rewriteOrNull() {
        return rewrite.orElse(null);
    }
}
