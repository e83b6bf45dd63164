package dev.aspire.scoring;

import java.util.List;
import java.util.Map;

/**
 * Picks the archetype whose typical phrases the answer uses most, counting each different phrase once.
 * Only archetypes known to this run (the catalogue, packs included) compete; one with no phrases in any
 * lexicon is never picked, and an answer with no evidence for any gets {@value #NONE}.
 */
final class ArchetypeDetector {
    static final String NONE = "none";

    private final Map<String, Integer> signals;

    ArchetypeDetector(Map<String, Integer> signals) {
        this.signals = signals;
    }

    /**
     * The known archetype with the most evidence in the answer: the lexicon's signals plus {@code extra}
     * places found by plugins. A tie goes to the archetype listed first, so plugins never displace a
     * built-in reading on equal evidence.
     */
    String detect(Reading reading, List<String> known, Map<String, Integer> extra) {
        String best = NONE;
        int bestCount = 0;
        for (String id : known) {
            Integer signal = signals.get(id);
            int count = (signal == null ? 0 : reading.distinctCount(8, signal)) + extra.getOrDefault(id, 0);
            if (count > bestCount) {
                best = id;
                bestCount = count;
            }
        }
        return best;
    }
}
