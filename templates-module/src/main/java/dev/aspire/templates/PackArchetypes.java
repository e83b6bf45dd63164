package dev.aspire.templates;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.AnswerArchetype;
import dev.aspire.core.CatalogueContribution;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;

/** The archetypes that template packs add, contributed to the catalogue next to the built-in ones. */
final class PackArchetypes implements CatalogueContribution {
    private final TemplatePacks packs;

    @Inject
    PackArchetypes(TemplatePacks packs) {
        this.packs = requireNonNull(packs, "packs is null");
    }

    @Override
    public String source() {
        String files = packs.added().stream()
                .filter(pack -> !pack.archetypes().isEmpty())
                .map(Pack::source)
                .collect(Collectors.joining(", "));
        return "template pack " + (files.isEmpty() ? "(none)" : files);
    }

    @Override
    public List<AnswerArchetype> archetypes() {
        return packs.added().stream()
                .flatMap(pack -> pack.archetypes().stream())
                .map(PackFile.ArchetypeItem::archetype)
                .toList();
    }
}
