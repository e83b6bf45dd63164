package dev.aspire.core;

import java.util.List;

/**
 * A source of catalogue entries: the built-in catalogue, a template pack, a plugin. Entries of all
 * contributions are merged into one {@link DomainCatalogue}; an id contributed twice is an error.
 */
public interface CatalogueContribution {
    /** Where the entries come from, named in error messages, e.g. a file path or a plugin's name. */
    String source();

    default List<AnswerArchetype> archetypes() {
        return List.of();
    }

    default List<QuestionVariant> questionVariants() {
        return List.of();
    }

    default List<InterviewerRole> interviewerRoles() {
        return List.of();
    }
}
