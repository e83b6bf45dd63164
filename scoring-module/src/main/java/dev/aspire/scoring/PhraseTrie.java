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
 *
 * <p>A thread that reads more than one answer does not walk the trie token by token: its
 * {@link PhraseAutomaton} remembers each step of the walk ({@link #follow}) and replays it with one lookup.
 */
final class PhraseTrie {
    static final int NUMBER = -2;
    static final int ANY_WORD = -3;
    static final int PAST_WORD = -4;
    /** Token class bits for {@link #follow}: the token is a number, a word of any kind, a past form. */
    static final int CLASS_NUMBER = 1;
    static final int CLASS_WORD = 2;
    static final int CLASS_PAST = 4;
    private static final int NUMBER_WORD_SHIFT = Integer.numberOfTrailingZeros(Tokens.NUMBER_WORD);
    private static final int PAST_SHIFT = Integer.numberOfTrailingZeros(CLASS_PAST) - Integer.numberOfTrailingZeros(Tokens.PAST);
    private static final int ROOT = 0;
    /** At most this many partial matches are followed at once, so a pathological text stays linear. */
    static final int MAX_ALIVE = 256;
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

    /**
     * Finds every phrase in the tokens and records it in {@code found}, walking the trie token by token. The
     * scorer uses {@link PhraseAutomaton}, which remembers these steps; this plain walk is what it must agree
     * with.
     */
    void match(Tokens tokens, Occurrences found) {
        Step current = new Step();
        Step next = new Step();
        int clause = -1;
        for (int i = 0; i < tokens.count; i++) {
            if (tokens.clause[i] != clause) {
                clause = tokens.clause[i];
                current.aliveLength = 0;
            }
            follow(current.alive, 0, current.aliveLength, tokens.id[i], tokenClass(tokens.kind[i], tokens.flags[i]),
                    next);
            for (int e = 0; e < next.endedLength; e += 2) {
                found.add(next.ended[e], i + 1 - next.ended[e + 1], i + 1);
            }
            Step swap = current;
            current = next;
            next = swap;
        }
    }

    /** What a token can stand for in a phrase besides its own word: {@code <num>}, {@code <any>}, {@code <past>}. */
    static int tokenClass(byte kind, int flags) {
        // Branch-free: the matcher asks for every token, and the kinds come in no predictable order.
        int number = (kind == Tokens.NUMBER ? CLASS_NUMBER : 0) | (flags >>> NUMBER_WORD_SHIFT) & CLASS_NUMBER;
        int word = kind == Tokens.WORD || kind == Tokens.NUMBER || kind == Tokens.PLACEHOLDER ? CLASS_WORD : 0;
        int past = kind == Tokens.WORD ? (flags & Tokens.PAST) << PAST_SHIFT : 0;
        return number | word | past;
    }

    /**
     * One step of the walk: extends the partial matches {@code alive[from..to)}, given as (node, words so far)
     * pairs, by a token with vocabulary id {@code id} and class {@code tokenClass}, then starts new ones at the
     * root. {@code out} receives the partial matches still alive and the phrases that end at this token, each as
     * (signal, words) pairs, both in the order the walk meets them: the order decides how overlapping matches
     * of one signal merge, so every matcher must keep it.
     */
    void follow(int[] alive, int from, int to, int id, int tokenClass, Step out) {
        out.aliveLength = 0;
        out.endedLength = 0;
        int[] nodes = this.nodes;
        boolean number = (tokenClass & CLASS_NUMBER) != 0;
        boolean word = (tokenClass & CLASS_WORD) != 0;
        boolean past = (tokenClass & CLASS_PAST) != 0;
        long idBit = bit(id);
        for (int a = from; a < to; a += 2) {
            int node = alive[a];
            int length = alive[a + 1] + 1;
            int base = node * STRIDE;
            int flags = nodes[base + WIDTH_AND_FLAGS];
            if ((flags & SINGLE) != 0) {
                // Most nodes deep in a phrase have one child, stored inline: no second memory access.
                int label = nodes[base + BLOOM_LOW];
                if (label == id && id >= 0 || label == NUMBER && number || label == ANY_WORD && word
                        || label == PAST_WORD && past) {
                    step(nodes[base + BLOOM_HIGH], length, out);
                }
                continue;
            }
            long bloom = ((long) nodes[base + BLOOM_HIGH] << 32) | (nodes[base + BLOOM_LOW] & 0xFFFFFFFFL);
            if (id >= 0 && (bloom & idBit) != 0) {
                step(child(node, id), length, out);
            }
            if (number && (flags & HAS_NUMBER) != 0) {
                step(child(node, NUMBER), length, out);
            }
            if (word && (flags & HAS_ANY) != 0) {
                step(child(node, ANY_WORD), length, out);
            }
            if (past && (flags & HAS_PAST) != 0) {
                step(child(node, PAST_WORD), length, out);
            }
        }
        if (id >= 0 && id < rootChild.length) {
            step(rootChild[id], 1, out);
        }
        if (number) {
            step(rootNumber, 1, out);
        }
        if (word) {
            step(rootAny, 1, out);
        }
        if (past) {
            step(rootPast, 1, out);
        }
    }

    private void step(int child, int length, Step out) {
        if (child == MISSING) {
            return;
        }
        int flags = nodes[child * STRIDE + WIDTH_AND_FLAGS];
        if ((flags & HAS_OUTPUTS) != 0) {
            for (int o = outputFrom[child]; o < outputFrom[child + 1]; o++) {
                out.end(outputs[o], length);
            }
        }
        if ((flags & HAS_CHILDREN) != 0 && out.aliveLength < 2 * MAX_ALIVE) {
            out.alive[out.aliveLength++] = child;
            out.alive[out.aliveLength++] = length;
        }
    }

    /** Where {@link #follow} writes one step: the partial matches still alive and the phrases that ended. */
    static final class Step {
        /** (node, words so far) pairs; at most {@value #MAX_ALIVE} partial matches are kept. */
        final int[] alive = new int[2 * MAX_ALIVE];
        int aliveLength;
        /** (signal, words) pairs. */
        int[] ended = new int[32];
        int endedLength;

        void end(int signal, int length) {
            if (endedLength == ended.length) {
                ended = Arrays.copyOf(ended, ended.length * 2);
            }
            ended[endedLength++] = signal;
            ended[endedLength++] = length;
        }
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
