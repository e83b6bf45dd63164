package dev.aspire.core.scoring;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Something in an answer that can cost the offer.
 *
 * @param code     stable code, e.g. {@code LEAVING_SOON}
 * @param severity major or minor
 * @param span     the words that raised it
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
}
