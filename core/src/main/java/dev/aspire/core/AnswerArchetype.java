package dev.aspire.core;

import java.util.LinkedHashMap;
import java.util.Map;

import java.util.List;

/**
 * A proven shape for an answer, such as building on transferable skills or on a long-held passion.
 *
 * @param id       stable id, e.g. {@code skills-application}
 * @param name     a short human name
 * @param shape    how an answer of this archetype is built
 * @param fitsWhen when a candidate should pick it
 * @param example  a short example situation, in the project's own words
 * @param suitedTo the aspiration kinds it serves best, best first
 */
public record AnswerArchetype(String id, String name, String shape, String fitsWhen, String example,
                              List<AspirationKind> suitedTo) implements CatalogueEntry {
    public AnswerArchetype {
        Ids.requireValid(id, "archetype");
        Text.requireNonBlank(name, "archetype '" + id + "': name");
        Text.requireNonBlank(shape, "archetype '" + id + "': shape");
        Text.requireNonBlank(fitsWhen, "archetype '" + id + "': fitsWhen");
        example = example == null ? "" : example;
        suitedTo = suitedTo == null ? List.of() : List.copyOf(suitedTo);
    }

    @Override
    public String summary() {
        return name + ": " + shape;
    }

    @Override
    public Map<String, String> details() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("Name", name);
        details.put("Shape", shape);
        details.put("Fits when", fitsWhen);
        if (!example.isEmpty()) {
            details.put("Example", example);
        }
        if (!suitedTo.isEmpty()) {
            details.put("Suits aspirations of kind",
                    String.join(", ", suitedTo.stream().map(AspirationKind::id).toList()));
        }
        return details;
    }
}
