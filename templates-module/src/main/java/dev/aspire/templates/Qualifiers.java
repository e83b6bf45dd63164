package dev.aspire.templates;

import dev.aspire.core.AspirationKind;
import java.util.Objects;

/**
 * What a template entry is for: a null field matches anything. When several entries match a request, the
 * most specific wins, with an archetype counting most, then the question, then the aspiration kind, then
 * the interviewer; so a pack can write an opening for one archetype without losing the others.
 */
record Qualifiers(String archetype, String question, String interviewer, AspirationKind kind) {
    private static final int ARCHETYPE_WEIGHT = 8;
    private static final int QUESTION_WEIGHT = 4;
    private static final int KIND_WEIGHT = 2;
    private static final int INTERVIEWER_WEIGHT = 1;

    boolean matches(String archetypeId, String questionId, String interviewerId, AspirationKind aspirationKind) {
        return (archetype == null || archetype.equals(archetypeId))
                && (question == null || question.equals(questionId))
                && (interviewer == null || interviewer.equals(interviewerId))
                && (kind == null || kind == aspirationKind);
    }

    int weight() {
        return (archetype == null ? 0 : ARCHETYPE_WEIGHT)
                + (question == null ? 0 : QUESTION_WEIGHT)
                + (kind == null ? 0 : KIND_WEIGHT)
                + (interviewer == null ? 0 : INTERVIEWER_WEIGHT);
    }

    boolean isEmpty() {
        return weight() == 0;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        append(text, "archetype", archetype);
        append(text, "question", question);
        append(text, "interviewer", interviewer);
        append(text, "kind", kind == null ? null : kind.id());
        return text.length() == 0 ? "no qualifiers" : text.toString();
    }

    private static void append(StringBuilder text, String name, String value) {
        if (!Objects.isNull(value)) {
            text.append(text.length() == 0 ? "" : ", ").append(name).append(' ').append(value);
        }
    }
}
