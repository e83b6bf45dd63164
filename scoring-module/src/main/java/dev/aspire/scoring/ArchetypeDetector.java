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

    String detect(Reading reading, List<String> known) {
        String best = NONE;
        int bestCount = 0;
        for (String id : known) {
            Integer signal = signals.get(id);
            if (signal == null) {
                continue;
            }
            int count = reading.distinctCount(8, signal);
            if (count > bestCount) {
                best = id;
                bestCount = count;
            }
        }
        return best;
    }
}
