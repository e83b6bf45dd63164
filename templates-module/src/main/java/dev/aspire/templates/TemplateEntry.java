package dev.aspire.templates;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Checked phrasings for one part of an answer, and what they are for.
 *
 * @param part       which part of the answer they write
 * @param qualifiers which archetype, question, interviewer or aspiration kind they are for
 * @param phrasings  the alternatives, one chosen per answer
 * @param source     the pack file they come from
 * @param line       the line of that file where the entry starts
 */
record TemplateEntry(Part part, Qualifiers qualifiers, List<Template> phrasings, String source, int line) {
    TemplateEntry {
        requireNonNull(part, "part is null");
        requireNonNull(qualifiers, "qualifiers is null");
        phrasings = List.copyOf(phrasings);
        requireNonNull(source, "source is null");
    }
}
