package dev.aspire.core;

/**
 * A long-term career hope, the heart of every answer.
 *
 * @param kind         skill, leadership or industry
 * @param goal         the concrete target, e.g. "marketing manager at a food brand"
 * @param horizonYears how many years ahead the goal lies; {@code null} when not given
 * @param theme        an optional theme, e.g. "sustainability"; empty when not given
 */
public record Aspiration(AspirationKind kind, String goal, Integer horizonYears, String theme) {
    public Aspiration {
        theme = theme == null ? "" : theme.strip();
        goal = goal == null ? null : goal.strip();
    }

    public boolean hasTheme() {
        return !theme.isEmpty();
    }
}
