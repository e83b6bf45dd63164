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

    private final List<String> known;
    /** Per known archetype, in order, the signal that holds its typical phrases, or -1 when none does. */
    private final int[] signals;

    /** A detector for the archetypes known to this run, in their order, with their signals from the lexicon. */
    ArchetypeDetector(Map<String, Integer> signals, List<String> known) {
        this.known = List.copyOf(known);
        this.signals = new int[this.known.size()];
        for (int k = 0; k < this.signals.length; k++) {
            this.signals[k] = signals.getOrDefault(this.known.get(k), -1);
        }
    }

    /**
     * The known archetype with the most evidence in the answer: the lexicon's signals plus {@code extra}
     * places found by plugins. A tie goes to the archetype listed first, so plugins never displace a
     * built-in reading on equal evidence.
     */
    String detect(Reading reading, Map<String, Integer> extra) {
        String best = NONE;
        int bestCount = 0;
        boolean withExtra = !extra.isEmpty();
        for (int k = 0; k < signals.length; k++) {
            int signal = signals[k];
            int count = (signal < 0 ? 0 : reading.distinctCount(8, signal))
                    + (withExtra ? extra.getOrDefault(known.get(k), 0) : 0);
            if (count > bestCount) {
                best = known.get(k);
                bestCount = count;
            }
        }
        return best;
    }
}
