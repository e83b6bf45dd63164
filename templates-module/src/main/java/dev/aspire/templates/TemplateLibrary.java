package dev.aspire.templates;

import dev.aspire.core.AspirationKind;
import dev.aspire.core.Catalogue;
import dev.aspire.core.CatalogueEntry;
import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.UnknownIdException;
import java.util.ArrayList;
import java.util.List;

/**
 * The phrasings of every pack, checked against the catalogue and looked up by part and request. A request
 * for an archetype, question or interviewer that no pack mentions (say, an interviewer role added by a
 * plugin) falls back to the entries without that qualifier, so every answer can still be written.
 */
final class TemplateLibrary {
    private final List<TemplateEntry> entries;
    private final List<Cue> cues;

    private TemplateLibrary(List<TemplateEntry> entries, List<Cue> cues) {
        this.entries = List.copyOf(entries);
        this.cues = List.copyOf(cues);
    }

    static TemplateLibrary build(List<Pack> packs, DomainCatalogue catalogue) {
        List<TemplateEntry> entries = new ArrayList<>();
        List<Cue> cues = new ArrayList<>();
        for (Pack pack : packs) {
            checkReferences(pack, catalogue);
            entries.addAll(pack.templates());
            cues.addAll(pack.cues());
        }
        for (Part part : Part.values()) {
            boolean fallback = entries.stream().anyMatch(entry -> entry.part() == part && entry.qualifiers().isEmpty());
            if (!fallback) {
                throw new IllegalStateException("no template pack has an entry for part '" + part.id()
                        + "' without qualifiers, so some answers could not be written");
            }
        }
        return new TemplateLibrary(entries, cues);
    }

    /**
     * The phrasings for {@code part} of this answer: those of the most specific matching entry, and of the
     * last one defined when two are equally specific, so that later packs override earlier ones.
     */
    List<Template> phrasings(Part part, String archetype, String question, String interviewer, AspirationKind kind) {
        TemplateEntry best = null;
        for (TemplateEntry entry : entries) {
            if (entry.part() == part && entry.qualifiers().matches(archetype, question, interviewer, kind)
                    && (best == null || entry.qualifiers().weight() >= best.qualifiers().weight())) {
                best = entry;
            }
        }
        if (best == null) {
            throw new IllegalStateException("no phrasing for part " + part.id());
        }
        return best.phrasings();
    }

    List<Cue> cues() {
        return cues;
    }

    /** Fails naming the pack and line when an entry or cue names an id the catalogue does not hold. */
    static void checkReferences(Pack pack, DomainCatalogue catalogue) {
        for (TemplateEntry entry : pack.templates()) {
            Qualifiers qualifiers = entry.qualifiers();
            requireKnown(catalogue.archetypes(), qualifiers.archetype(), entry.source(), entry.line());
            requireKnown(catalogue.questionVariants(), qualifiers.question(), entry.source(), entry.line());
            requireKnown(catalogue.interviewerRoles(), qualifiers.interviewer(), entry.source(), entry.line());
        }
        for (Cue cue : pack.cues()) {
            requireKnown(catalogue.archetypes(), cue.archetype(), cue.source(), cue.line());
        }
    }

    private static void requireKnown(Catalogue<? extends CatalogueEntry> catalogue, String id, String source, int line) {
        if (id != null && !catalogue.contains(id)) {
            throw PackReader.problem(source, line,
                    new UnknownIdException(catalogue.kind(), id, catalogue.ids()).getMessage());
        }
    }
}
