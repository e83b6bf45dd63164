package dev.aspire.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * All lexicon phrases as one trie over word ids, matched against an answer in a single left-to-right pass.
 * Nodes that lead to the same phrase endings are stored once ({@link SharedEndings}), so the "trie" is in
 * fact a small graph; a match walks it forward from the root exactly as it would walk the full trie.
 * At each word the matcher extends the partial matches still alive and starts a new one; a partial match
 * dies at a clause boundary or at a word no phrase continues with. Phrases are short, so few partial
 * matches are alive at once and the pass is linear in the answer's length.
 *
 * <p>The layout is built for that pass: the root's children are a direct array indexed by word id (every
 * word of the answer starts there), every other node's children sit side by side (a short list, or a small
 * hash table of their own), and a 64-bit filter per node rules out most words before any search, so a step
 * touches one or two cache lines instead of probing one large hash table.
 */
final class PhraseTrie {
    static final int NUMBER = -2;
    static final int ANY_WORD = -3;
    static final int PAST_WORD = -4;
    private static final int ROOT = 0;
    private static final int MAX_ALIVE = 256;
    private static final int MISSING = -1;
    /** Children lists at most this long are scanned; longer ones are hash tables of their own. */
    private static final int SCAN = 8;
    private static final byte HAS_CHILDREN = 1;
    private static final byte HAS_NUMBER = 2;
    private static final byte HAS_ANY = 4;
    private static final byte HAS_PAST = 8;
    /** The node has exactly one child, kept in its own record in place of the filter. */
    private static final byte SINGLE = 16;
    /** A phrase ends at the node: most steps end none, and then need not look at the outputs at all. */
    private static final byte HAS_OUTPUTS = 32;

    // Each node's facts side by side in one record of STRIDE ints, so one cache line answers a step: a
    // 64-bit filter of its children's labels, where its children start, and their number with its flags.
    private static final int STRIDE = 4;
    private static final int BLOOM_LOW = 0;
    private static final int BLOOM_HIGH = 1;
    private static final int CHILD_FROM = 2;
    private static final int WIDTH_AND_FLAGS = 3;
    private static final int FLAG_BITS = 6;
    private static final int FLAG_MASK = (1 << FLAG_BITS) - 1;

    private final int[] nodes;
    /** Node {@code n}'s outputs are {@code outputs[outputFrom[n]]} up to {@code outputFrom[n + 1]}. */
    private final int[] outputFrom;
    /** Children as (label, node) pairs, side by side. */
    private final int[] children;
    private final int[] outputs;
    private final int[] rootChild;
    private final int rootNumber;
    private final int rootAny;
    private final int rootPast;

    private PhraseTrie(int[] nodes, int[] outputFrom, int[] children, int[] outputs, int[] rootChild) {
        this.nodes = nodes;
        this.outputFrom = outputFrom;
        this.children = children;
        this.outputs = outputs;
        this.rootChild = rootChild;
        this.rootNumber = child(ROOT, NUMBER);
        this.rootAny = child(ROOT, ANY_WORD);
        this.rootPast = child(ROOT, PAST_WORD);
    }

    /** The trie's arrays, in the order {@link #restore} takes them, for a compiled lexicon saved to disk. */
    int[][] arrays() {
        return new int[][] {nodes, outputFrom, children, outputs, rootChild};
    }

    /** A trie from the arrays {@link #arrays} gave. */
    static PhraseTrie restore(int[][] arrays) {
        if (arrays.length != 5) {
            throw new IllegalArgumentException("a phrase trie has 5 arrays, not " + arrays.length);
        }
        return new PhraseTrie(arrays[0], arrays[1], arrays[2], arrays[3], arrays[4]);
    }

    /** Finds every phrase in the tokens and records it in {@code found}. */
    void match(Tokens tokens, Occurrences found) {
        int[] alive = found.alive;
        int[] aliveFrom = found.aliveFrom;
        int[] next = found.next;
        int[] nextFrom = found.nextFrom;
        // The token arrays and the trie's records are read into locals once: the loop below calls out to
        // record matches, after which the compiler would otherwise load every field again.
        int[] nodes = this.nodes;
        int[] rootChild = this.rootChild;
        int[] tokenClause = tokens.clause;
        int[] tokenId = tokens.id;
        byte[] tokenKind = tokens.kind;
        int[] tokenFlags = tokens.flags;
        int tokenCount = tokens.count;
        int count = 0;
        int clause = -1;
        for (int i = 0; i < tokenCount; i++) {
            if (tokenClause[i] != clause) {
                clause = tokenClause[i];
                count = 0;
            }
            int id = tokenId[i];
            byte kind = tokenKind[i];
            int tokenFlag = tokenFlags[i];
            boolean number = kind == Tokens.NUMBER || (tokenFlag & Tokens.NUMBER_WORD) != 0;
            boolean word = kind == Tokens.WORD || kind == Tokens.NUMBER || kind == Tokens.PLACEHOLDER;
            boolean past = kind == Tokens.WORD && (tokenFlag & Tokens.PAST) != 0;
            int nextCount = 0;
            long idBit = bit(id);
            for (int a = 0; a < count; a++) {
                int node = alive[a];
                int from = aliveFrom[a];
                int base = node * STRIDE;
                int flags = nodes[base + WIDTH_AND_FLAGS];
                if ((flags & SINGLE) != 0) {
                    // Most nodes deep in a phrase have one child, stored inline: no second memory access.
                    int label = nodes[base + BLOOM_LOW];
                    if (label == id && id >= 0 || label == NUMBER && number || label == ANY_WORD && word
                            || label == PAST_WORD && past) {
                        nextCount = step(nodes[base + BLOOM_HIGH], from, i, found, next, nextFrom, nextCount);
                    }
                    continue;
                }
                long bloom = ((long) nodes[base + BLOOM_HIGH] << 32) | (nodes[base + BLOOM_LOW] & 0xFFFFFFFFL);
                if (id >= 0 && (bloom & idBit) != 0) {
                    nextCount = step(child(node, id), from, i, found, next, nextFrom, nextCount);
                }
                if (number && (flags & HAS_NUMBER) != 0) {
                    nextCount = step(child(node, NUMBER), from, i, found, next, nextFrom, nextCount);
                }
                if (word && (flags & HAS_ANY) != 0) {
                    nextCount = step(child(node, ANY_WORD), from, i, found, next, nextFrom, nextCount);
                }
                if (past && (flags & HAS_PAST) != 0) {
                    nextCount = step(child(node, PAST_WORD), from, i, found, next, nextFrom, nextCount);
                }
            }
            if (id >= 0 && id < rootChild.length) {
                nextCount = step(rootChild[id], i, i, found, next, nextFrom, nextCount);
            }
            if (number) {
                nextCount = step(rootNumber, i, i, found, next, nextFrom, nextCount);
            }
            if (word) {
                nextCount = step(rootAny, i, i, found, next, nextFrom, nextCount);
            }
            if (past) {
                nextCount = step(rootPast, i, i, found, next, nextFrom, nextCount);
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

    private int step(int child, int from, int at, Occurrences found, int[] next, int[] nextFrom, int nextCount) {
        if (child == MISSING) {
            return nextCount;
        }
        int flags = nodes[child * STRIDE + WIDTH_AND_FLAGS];
        if ((flags & HAS_OUTPUTS) != 0) {
            for (int o = outputFrom[child]; o < outputFrom[child + 1]; o++) {
                found.add(outputs[o], from, at + 1);
            }
        }
        if ((flags & HAS_CHILDREN) != 0 && nextCount < MAX_ALIVE) {
            next[nextCount] = child;
            nextFrom[nextCount] = from;
            return nextCount + 1;
        }
        return nextCount;
    }

    private static long bit(int label) {
        return 1L << ((label * 0x9E3779B9) >>> 26);
    }

    private int child(int node, int label) {
        if ((nodes[node * STRIDE + WIDTH_AND_FLAGS] & SINGLE) != 0) {
            return nodes[node * STRIDE + BLOOM_LOW] == label ? nodes[node * STRIDE + BLOOM_HIGH] : MISSING;
        }
        int lo = nodes[node * STRIDE + CHILD_FROM];
        int width = nodes[node * STRIDE + WIDTH_AND_FLAGS] >>> FLAG_BITS;
        if (width <= SCAN) {
            for (int c = lo; c < lo + 2 * width; c += 2) {
                if (children[c] == label) {
                    return children[c + 1];
                }
            }
            return MISSING;
        }
        // A larger node's children form a small open-addressing table of their own (width a power of two).
        int mask = width - 1;
        for (int slot = slot(label, mask); ; slot = (slot + 1) & mask) {
            int c = lo + 2 * slot;
            if (children[c + 1] == MISSING) {
                return MISSING;
            }
            if (children[c] == label) {
                return children[c + 1];
            }
        }
    }

    private static int slot(int label, int mask) {
        return ((label * 0x9E3779B9) >>> 16) & mask;
    }

    /** The node every phrase starts from, for a compiler walking phrases itself. */
    static final int START = ROOT;

    static final class Builder {
        private static final int[] NONE = new int[0];
        private final LongIntMap edges = new LongIntMap(1 << 14);
        private final List<int[]> outputs = new ArrayList<>();
        private byte[] flags = new byte[1024];
        private int[] edgeParent = new int[1024];
        private int[] edgeLabel = new int[1024];
        private int[] edgeChild = new int[1024];
        private int edgeCount;

        Builder() {
            outputs.add(NONE);
        }

        /** The child of {@code node} along {@code label}, made if missing. */
        int step(int node, int label) {
            flags[node] |= (byte) (HAS_CHILDREN | (label == NUMBER ? HAS_NUMBER : 0)
                    | (label == ANY_WORD ? HAS_ANY : 0) | (label == PAST_WORD ? HAS_PAST : 0));
            long key = ((long) node << 32) | (label & 0xFFFFFFFFL);
            int child = edges.get(key);
            if (child == LongIntMap.MISSING) {
                child = outputs.size();
                outputs.add(NONE);
                if (child >= flags.length) {
                    flags = Arrays.copyOf(flags, flags.length * 2);
                }
                edges.put(key, child);
                addEdge(node, label, child);
            }
            return child;
        }

        /** Records that a phrase ending at {@code node} signals {@code signal}. */
        void mark(int node, int signal) {
            int[] current = outputs.get(node);
            for (int existing : current) {
                if (existing == signal) {
                    return;
                }
            }
            int[] grown = Arrays.copyOf(current, current.length + 1);
            grown[current.length] = signal;
            outputs.set(node, grown);
        }

        private void addEdge(int parent, int label, int child) {
            if (edgeCount == edgeParent.length) {
                edgeParent = Arrays.copyOf(edgeParent, edgeCount * 2);
                edgeLabel = Arrays.copyOf(edgeLabel, edgeCount * 2);
                edgeChild = Arrays.copyOf(edgeChild, edgeCount * 2);
            }
            edgeParent[edgeCount] = parent;
            edgeLabel[edgeCount] = label;
            edgeChild[edgeCount] = child;
            edgeCount++;
        }

        PhraseTrie build(int vocabularySize) {
            int count = outputs.size();
            // Number the nodes breadth first, so the short prefixes every answer walks sit close together.
            int[] childCount = new int[count];
            for (int e = 0; e < edgeCount; e++) {
                childCount[edgeParent[e]]++;
            }
            int[] firstEdge = new int[count + 1];
            for (int i = 0; i < count; i++) {
                firstEdge[i + 1] = firstEdge[i] + childCount[i];
            }
            int[] edgesByParent = new int[edgeCount];
            int[] fill = Arrays.copyOf(firstEdge, count);
            for (int e = 0; e < edgeCount; e++) {
                edgesByParent[fill[edgeParent[e]]++] = e;
            }
            int[] order = new int[count];
            int head = 0;
            int tail = 1;
            order[0] = ROOT;
            while (head < tail) {
                int node = order[head++];
                for (int k = firstEdge[node]; k < firstEdge[node + 1]; k++) {
                    order[tail++] = edgeChild[edgesByParent[k]];
                }
            }
            // Expanded phrases end in the same few words over and over: nodes that lead to the same phrase
            // endings become one, which shrinks the trie some forty times and keeps it in the cache.
            int[] same = SharedEndings.representatives(order, firstEdge, edgesByParent, edgeLabel, edgeChild, outputs);
            int[] renumber = new int[count];
            Arrays.fill(renumber, MISSING);
            int[] kept = new int[count];
            int size = 0;
            for (int old : order) {
                if (renumber[same[old]] == MISSING) {
                    renumber[same[old]] = size;
                    kept[size++] = same[old];
                }
            }
            int[] nodes = new int[size * STRIDE];
            int[] outputFrom = new int[size + 1];
            int childSlots = 0;
            int outputTotal = 0;
            for (int n = 0; n < size; n++) {
                int old = kept[n];
                int width = childCount[old] <= SCAN ? childCount[old] : Integer.highestOneBit(childCount[old] * 2 - 1) << 1;
                nodes[n * STRIDE + CHILD_FROM] = childSlots;
                nodes[n * STRIDE + WIDTH_AND_FLAGS] = width << FLAG_BITS | (flags[old] & FLAG_MASK)
                        | (outputs.get(old).length > 0 ? HAS_OUTPUTS : 0);
                outputFrom[n] = outputTotal;
                outputTotal += outputs.get(old).length;
                outputFrom[n + 1] = outputTotal;
                childSlots += 2 * width;
            }
            int[] flat = new int[outputTotal];
            int[] children = new int[childSlots];
            for (int c = 0; c < childSlots; c += 2) {
                children[c] = Integer.MIN_VALUE;
                children[c + 1] = MISSING;
            }
            for (int n = 0; n < size; n++) {
                int old = kept[n];
                int[] out = outputs.get(old);
                System.arraycopy(out, 0, flat, outputFrom[n], out.length);
                int lo = nodes[n * STRIDE + CHILD_FROM];
                int width = nodes[n * STRIDE + WIDTH_AND_FLAGS] >>> FLAG_BITS;
                long bloom = 0;
                int listed = 0;
                for (int k = firstEdge[old]; k < firstEdge[old + 1]; k++) {
                    int e = edgesByParent[k];
                    int label = edgeLabel[e];
                    bloom |= bit(label);
                    int c;
                    if (childCount[old] <= SCAN) {
                        c = lo + 2 * listed++;
                    } else {
                        int mask = width - 1;
                        int slot = slot(label, mask);
                        while (children[lo + 2 * slot + 1] != MISSING) {
                            slot = (slot + 1) & mask;
                        }
                        c = lo + 2 * slot;
                    }
                    children[c] = label;
                    children[c + 1] = renumber[same[edgeChild[e]]];
                }
                if (childCount[old] == 1) {
                    nodes[n * STRIDE + BLOOM_LOW] = children[lo];
                    nodes[n * STRIDE + BLOOM_HIGH] = children[lo + 1];
                    nodes[n * STRIDE + WIDTH_AND_FLAGS] |= SINGLE;
                } else {
                    nodes[n * STRIDE + BLOOM_LOW] = (int) bloom;
                    nodes[n * STRIDE + BLOOM_HIGH] = (int) (bloom >>> 32);
                }
            }
            PhraseTrie partial = new PhraseTrie(nodes, outputFrom, children, flat, new int[0]);
            int[] rootChild = new int[vocabularySize];
            for (int id = 0; id < vocabularySize; id++) {
                rootChild[id] = partial.child(ROOT, id);
            }
            return new PhraseTrie(nodes, outputFrom, children, flat, rootChild);
        }
    }
}
