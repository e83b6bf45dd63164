package dev.aspire.core;

/**
 * One thing wrong with a profile.
 *
 * @param field   the path of the field at fault, e.g. {@code skills[2]} or {@code job.company}
 * @param message what is wrong and how to put it right
 */
public record ProfileProblem(String field, String message) {
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
