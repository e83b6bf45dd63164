package dev.aspire.core;

import java.util.Map;

/** Something found by a stable id in a {@link Catalogue}: an archetype, a question variant, an interviewer role. */
public interface CatalogueEntry {
    String id();

    /** One line that tells a user what this entry is. */
    String summary();

    /** Everything known about the entry, as labelled paragraphs in reading order. */
    Map<String, String> details();
}
