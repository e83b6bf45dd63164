package dev.aspire.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * All lexicon phrases as one trie over word ids, matched against an answer in a single left-to-right pass.
 * At each word the matcher extends the partial matches still alive and starts a new one; a partial match
 * dies at a clause boundary or at a word no phrase continues with. Phrases are short, so few partial
 * matches are alive at once and the pass is linear in the answer's length.
 */
final class PhraseTrie {
    static final int NUMBER = -2;
    static final int ANY_WORD = -3;
    static final int PAST_WORD = -4;
    private static final int ROOT = 0;
    private static final int MAX_ALIVE = 256;

    private final LongIntMap edges;
    private final int[] outputFrom;
    private final int[] outputs;
    private final byte[] nodeFlags;
    private static final byte HAS_CHILDREN = 1;
    private static final byte HAS_NUMBER = 2;
    private static final byte HAS_ANY = 4;
    private static final byte HAS_PAST = 8;

    private PhraseTrie(LongIntMap edges, int[] outputFrom, int[] outputs, byte[] nodeFlags) {
        this.edges = edges;
        this.outputFrom = outputFrom;
        this.outputs = outputs;
        this.nodeFlags = nodeFlags;
    }

    /** Finds every phrase in the tokens and records it in {@code found}. */
    void match(Tokens tokens, Occurrences found) {
        int[] alive = found.alive;
        int[] aliveFrom = found.aliveFrom;
        int[] next = found.next;
        int[] nextFrom = found.nextFrom;
        int count = 0;
        int clause = -1;
        for (int i = 0; i < tokens.count; i++) {
            if (tokens.clause[i] != clause) {
                clause = tokens.clause[i];
                count = 0;
            }
            int id = tokens.id[i];
            boolean number = tokens.isNumber(i);
            boolean word = tokens.isWordLike(i);
            boolean past = tokens.kind[i] == Tokens.WORD && tokens.is(i, Tokens.PAST);
            int nextCount = 0;
            for (int a = 0; a <= count; a++) {
                int node = a < count ? alive[a] : ROOT;
                int from = a < count ? aliveFrom[a] : i;
                byte flags = nodeFlags[node];
                if (id >= 0) {
                    nextCount = step(node, id, from, i, found, next, nextFrom, nextCount);
                }
                if (number && (flags & HAS_NUMBER) != 0) {
                    nextCount = step(node, NUMBER, from, i, found, next, nextFrom, nextCount);
                }
                if (word && (flags & HAS_ANY) != 0) {
                    nextCount = step(node, ANY_WORD, from, i, found, next, nextFrom, nextCount);
                }
                if (past && (flags & HAS_PAST) != 0) {
                    nextCount = step(node, PAST_WORD, from, i, found, next, nextFrom, nextCount);
                }
            }
            int[] swap = alive;
            alive = next;
            next = swap;
            swap = aliveFrom;
            aliveFrom = nextFrom;
            nextFrom = swap;
            count = nextCount;
        }
    }

    private int step(int node, int label, int from, int at, Occurrences found, int[] next, int[] nextFrom,
                     int nextCount) {
        int child = edges.get(key(node, label));
        if (child == LongIntMap.MISSING) {
            return nextCount;
        }
        for (int o = outputFrom[child]; o < outputFrom[child + 1]; o++) {
            found.add(outputs[o], from, at + 1);
        }
        if ((nodeFlags[child] & HAS_CHILDREN) != 0 && nextCount < MAX_ALIVE) {
            next[nextCount] = child;
            nextFrom[nextCount] = from;
            return nextCount + 1;
        }
        return nextCount;
    }

    private static long key(int node, int label) {
        return ((long) node << 32) | (label & 0xFFFFFFFFL);
    }

    static final class Builder {
        private final LongIntMap edges = new LongIntMap(1 << 14);
        private final List<int[]> outputs = new ArrayList<>();
        private final List<Byte> flags = new ArrayList<>();

        Builder() {
            outputs.add(new int[0]);
            flags.add((byte) 0);
        }

        /** Adds a phrase, given as word ids, {@link #NUMBER}, {@link #ANY_WORD} or {@link #PAST_WORD}, that signals {@code signal}. */
        void add(int[] labels, int signal) {
            int node = ROOT;
            for (int label : labels) {
                flags.set(node, (byte) (flags.get(node) | HAS_CHILDREN
                        | (label == NUMBER ? HAS_NUMBER : 0) | (label == ANY_WORD ? HAS_ANY : 0)
                        | (label == PAST_WORD ? HAS_PAST : 0)));
                int child = edges.get(key(node, label));
                if (child == LongIntMap.MISSING) {
                    child = outputs.size();
                    outputs.add(new int[0]);
                    flags.add((byte) 0);
                    edges.put(key(node, label), child);
                }
                node = child;
            }
            int[] current = outputs.get(node);
            for (int existing : current) {
                if (existing == signal) {
                    return;
                }
            }
            int[] grown = java.util.Arrays.copyOf(current, current.length + 1);
            grown[current.length] = signal;
            outputs.set(node, grown);
        }

        PhraseTrie build() {
            int nodes = outputs.size();
            int[] outputFrom = new int[nodes + 1];
            int total = 0;
            for (int i = 0; i < nodes; i++) {
                outputFrom[i] = total;
                total += outputs.get(i).length;
            }
            outputFrom[nodes] = total;
            int[] flat = new int[total];
            byte[] nodeFlags = new byte[nodes];
            for (int i = 0; i < nodes; i++) {
                int[] out = outputs.get(i);
                System.arraycopy(out, 0, flat, outputFrom[i], out.length);
                nodeFlags[i] = flags.get(i);
            }
            return new PhraseTrie(edges, outputFrom, flat, nodeFlags);
        }
    }
}
