package dev.aspire.scoring;

import java.util.List;
import java.util.Map;

/**
 * The compiled signals: for each signal index, its id and the context rules that decide whether a match
 * counts. Some signals are cues of those rules ({@link #cue}) rather than things an answer says.
 */
final class SignalTable {
    static final byte NOT_A_CUE = 0;
    static final byte NEGATION = 1;
    static final byte NEGATION_AFTER = 2;
    static final byte DISTANCING = 3;
    static final byte SCOPE_BREAK = 4;

    final String[] ids;
    final boolean[] negatable;
    final boolean[] distanceable;
    final boolean[] pastCancels;
    final boolean[] pastOnly;
    final int[][] vetoes;
    final int[][] needs;
    final int[][] unless;
    /** Normalised word hashes; a job whose words include one of them cancels the signal. */
    final long[][] unlessJob;
    /** Per signal, which cue it is, or {@link #NOT_A_CUE}. */
    final byte[] cue;
    /**
     * Per signal, which context rules can touch it, as bits ({@link #NEGATABLE} and the rest), so that a
     * pass over the phrases found reads one value per phrase and skips the many no rule touches.
     */
    final int[] rules;
    static final int NEGATABLE = 1;
    static final int DISTANCEABLE = 1 << 1;
    static final int PAST_CANCELS = 1 << 2;
    static final int PAST_ONLY = 1 << 3;
    static final int UNLESS_JOB = 1 << 4;
    static final int CUE = 1 << 5;
    static final int NEEDS = 1 << 6;
    static final int UNLESS = 1 << 7;
    static final int VETOES = 1 << 8;
    private final Map<String, Integer> byId;

    SignalTable(List<String> ids, boolean[] negatable, boolean[] distanceable, boolean[] pastCancels,
                boolean[] pastOnly, int[][] vetoes, int[][] needs, int[][] unless, long[][] unlessJob, byte[] cue,
                Map<String, Integer> byId) {
        this.ids = ids.toArray(String[]::new);
        this.negatable = negatable;
        this.distanceable = distanceable;
        this.pastCancels = pastCancels;
        this.pastOnly = pastOnly;
        this.vetoes = vetoes;
        this.needs = needs;
        this.unless = unless;
        this.unlessJob = unlessJob;
        this.byId = Map.copyOf(byId);
        this.cue = cue;
        this.rules = new int[this.ids.length];
        for (int s = 0; s < rules.length; s++) {
            rules[s] = (negatable[s] ? NEGATABLE : 0) | (distanceable[s] ? DISTANCEABLE : 0)
                    | (pastCancels[s] ? PAST_CANCELS : 0) | (pastOnly[s] ? PAST_ONLY : 0)
                    | (unlessJob[s].length > 0 ? UNLESS_JOB : 0) | (cue[s] != NOT_A_CUE ? CUE : 0)
                    | (needs[s].length > 0 ? NEEDS : 0) | (unless[s].length > 0 ? UNLESS : 0)
                    | (vetoes[s].length > 0 ? VETOES : 0);
        }
    }

    int size() {
        return ids.length;
    }

    /** The index of signal {@code id}; the lexicon must define it because code relies on it. */
    int require(String id) {
        Integer index = byId.get(id);
        if (index == null) {
            throw new IllegalStateException("the scoring lexicon defines no signal '" + id + "'");
        }
        return index;
    }

    boolean isCue(int signal) {
        return cue[signal] != NOT_A_CUE;
    }

    /** The cue kind a lexicon file names, e.g. {@code negation-after}. */
    static byte cueKind(String name) {
        if (name == null) {
            return NOT_A_CUE;
        }
        return switch (name) {
            case "negation" -> NEGATION;
            case "negation-after" -> NEGATION_AFTER;
            case "distancing" -> DISTANCING;
            case "scope-break" -> SCOPE_BREAK;
            default -> throw new IllegalArgumentException("unknown cue '" + name
                    + "'; use negation, negation-after, distancing or scope-break");
        };
    }
}
