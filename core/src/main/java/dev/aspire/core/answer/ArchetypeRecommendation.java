package dev.aspire.core.answer;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.AnswerArchetype;

/**
 * The archetype that best fits a profile, and why, in a sentence a candidate can read.
 */
public record ArchetypeRecommendation(AnswerArchetype archetype, String reason) {
    public ArchetypeRecommendation {
        requireNonNull(archetype, "archetype is null");
        requireNonNull(reason, "reason is null");
    }
}
