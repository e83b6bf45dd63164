package dev.aspire.core;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Entries of one kind, kept in the order they were contributed and looked up by id.
 * Ids are checked once, here, so every lookup elsewhere can trust them.
 */
public final class Catalogue<T extends CatalogueEntry> {
    private final String kind;
    private final Map<String, T> byId;

    public Catalogue(String kind, List<? extends T> entries) {
        this.kind = requireNonNull(kind, "kind is null");
        Map<String, T> map = new LinkedHashMap<>();
        for (T entry : entries) {
            String id = Ids.requireValid(entry.id(), kind);
            if (map.putIfAbsent(id, entry) != null) {
                throw new IllegalArgumentException("duplicate " + kind + " id '" + id + "'");
            }
        }
        this.byId = Collections.unmodifiableMap(map);
    }

    /** What this catalogue holds, in the singular: "archetype", "question variant", "interviewer role". */
    public String kind() {
        return kind;
    }

    public List<T> all() {
        return List.copyOf(byId.values());
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    public Optional<T> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The entry with this id, or an {@link UnknownIdException} that lists the known ids. */
    public T require(String id) {
        T entry = byId.get(id);
        if (entry == null) {
            throw new UnknownIdException(kind, id, new ArrayList<>(byId.keySet()));
        }
        return entry;
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public int size() {
        return byId.size();
    }
}
