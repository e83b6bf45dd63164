package dev.aspire.core.scoring;

import static java.util.Objects.requireNonNull;

/**
 * A kind of red flag a scorer can raise, for listing what to avoid before any answer is written.
 *
 * @param code     stable code, e.g. {@code PERKS_FOCUS}
 * @param severity major or minor
 * @param summary  what the flag means, in a sentence
 */
public record RedFlagKind(String code, Severity severity, String summary) {
    public RedFlagKind {
        requireNonNull(code, "code is null");
        requireNonNull(severity, "severity is null");
        requireNonNull(summary, "summary is null");
    }
}
