package dev.aspire.templates;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.AnswerArchetype;
import dev.aspire.core.CatalogueContribution;
import dev.aspire.core.DomainCatalogue;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a plugin's template pack and checks it against a catalogue before the plugin is let into a run, so
 * that a broken pack costs only its own plugin. It is the same reading and checking a pack gets when answers
 * are written, done earlier.
 */
public final class PluginPackCheck {
    private final PackReader reader;

    @Inject
    PluginPackCheck(PackReader reader) {
        this.reader = requireNonNull(reader, "reader is null");
    }

    /**
     * Reads {@code pack} and checks that every id it refers to is in {@code catalogue} or among its own
     * archetypes, and that its archetypes' ids are new.
     *
     * @return what the pack adds to the catalogue: its archetypes, named after the pack
     * @throws RuntimeException with a one-line message naming the pack (and the line) when it cannot be used
     */
    public CatalogueContribution check(PluginPack pack, List<? extends CatalogueContribution> catalogue) {
        Pack read = reader.readResource(pack.anchor(), pack.resource(), pack.source());
        List<AnswerArchetype> added = read.archetypes().stream().map(PackFile.ArchetypeItem::archetype).toList();
        CatalogueContribution contribution = new CatalogueContribution() {
            @Override
            public String source() {
                return pack.source();
            }

            @Override
            public List<AnswerArchetype> archetypes() {
                return added;
            }
        };
        List<CatalogueContribution> withPack = new ArrayList<>(catalogue);
        withPack.add(contribution);
        TemplateLibrary.checkReferences(read, DomainCatalogue.merge(withPack));
        return contribution;
    }
}
