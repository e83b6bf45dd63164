package dev.aspire.templates;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A checked template pack: new archetypes, cues and phrasings from one file. Ids that refer to the
 * catalogue are checked later, once the whole catalogue (with plugins) is known.
 */
record Pack(String source, List<PackFile.ArchetypeItem> archetypes, List<Cue> cues, List<TemplateEntry> templates) {
    Pack {
        requireNonNull(source, "source is null");
        archetypes = List.copyOf(archetypes);
        cues = List.copyOf(cues);
        templates = List.copyOf(templates);
    }
}
