package dev.aspire.scoring;

import java.util.Arrays;

/**
 * The phrase trie's walk made deterministic as answers need it: one table lookup per token instead of a
 * step for every partial match still alive.
 *
 * <p>Walking the trie ({@link PhraseTrie#follow}) carries a list of partial matches from token to token,
 * and the next list, with the phrases that end, depends only on that list and on the token's vocabulary id
 * and class. Written as (node, words so far) pairs, the list recurs over and over in real text, so each
 * distinct list becomes a state and each step, once walked, a transition remembered in an open-addressing
 * table keyed by (state, word id, token class). A transition keeps the phrases it ends as (signal, words)
 * pairs in the walk's own order, so matches are recorded exactly as the plain walk records them.
 *
 * <p>States and transitions are made lazily, so nothing is built before the first answer, and their number
 * is capped: when the table is full it is simply cleared and filled again, which keeps memory bounded on
 * any input while each token still costs at most one step of the plain walk. One thread's instance: it
 * lives in that thread's {@link Workspace}.
 */
final class PhraseAutomaton {
    /** The empty list of partial matches: a clause's first token starts from it. */
    static final int START = 0;
    /** No key: a symbol is never negative, so no (code, symbol) pair packs to it. */
    private static final long EMPTY = -1L;
    private static final int CLASS_BITS = 3;
    private static final int CODE_MIX = 0x9E3779B9;
    private static final int CODE_INVERSE = inverse(CODE_MIX);
    private static final int SYMBOL_MIX = 0x85EBCA6B;
    private static final int FIRST_SLOTS = 1 << 10;
    private static final int FIRST_POOL = 1 << 12;

    private final PhraseTrie trie;
    private final int maxSlots;
    private final int maxStates;
    private final int maxPool;
    private final PhraseTrie.Step step = new PhraseTrie.Step();
    /** The answer being read: where its phrases go, the current state's code and clause. */
    private Occurrences found;
    private int code;
    private int clause;

    /** State {@code s} is the pairs {@code pairs[stateFrom[s]]} up to {@code stateFrom[s + 1]}. */
    private int[] pairs = new int[FIRST_POOL];
    private int[] stateFrom = new int[FIRST_POOL];
    private int[] stateHash = new int[FIRST_POOL];
    private int stateCount;
    /** Open addressing from a state's pairs to its number plus one; 0 is a free slot. */
    private int[] stateSlots = new int[FIRST_SLOTS];

    /**
     * Transitions, two longs a slot: the key, then the next state's code (high half) and where the phrases it
     * ends are in {@link #ended} (low half). Key and value side by side cost one cache line per token.
     */
    private long[] table = new long[2 * FIRST_SLOTS];
    /** A slot is the top bits of (code ^ mixed symbol): 32 minus the table's size in bits. */
    private int shift = 32 - Integer.numberOfTrailingZeros(FIRST_SLOTS);
    private int transitions;
    /** At an offset: the number of phrases a transition ends, then (signal, words) pairs; offset 0 ends none. */
    private int[] ended = new int[FIRST_POOL];
    private int endedLength;

    PhraseAutomaton(PhraseTrie trie) {
        // Up to 32,768 transitions and states: under 4 MB, far more than real answers need (the 4,096 benchmark
        // answers make 448 states and 820 transitions).
        this(trie, 1 << 16, 1 << 15, 1 << 18);
    }

    /** An automaton with smaller limits, to see it clear its table. */
    PhraseAutomaton(PhraseTrie trie, int maxSlots, int maxStates, int maxPool) {
        this.trie = trie;
        this.maxSlots = Math.max(Integer.highestOneBit(maxSlots), FIRST_SLOTS);
        this.maxStates = maxStates;
        this.maxPool = Math.max(maxPool, 4 * PhraseTrie.MAX_ALIVE);
        clear();
    }

    PhraseTrie trie() {
        return trie;
    }

    /** Finds every phrase in the tokens and records it in {@code found}, exactly as {@link PhraseTrie#match}. */
    void match(Tokens tokens, Occurrences found) {
        start(found);
        for (int i = 0; i < tokens.count; i++) {
            next(i, tokens.id[i], tokens.kind[i], tokens.flags[i], tokens.clause[i]);
        }
    }

    /**
     * Starts reading an answer whose phrases go to {@code found}; {@link #next} then takes its tokens one by
     * one, as the tokenizer makes them, so that matching overlaps with tokenising.
     */
    void start(Occurrences found) {
        this.found = found;
        code = code(START);
        clause = -1;
    }

    /** Reads token {@code token}: its vocabulary id, kind, flags and clause, as {@link Tokens} keeps them. */
    void next(int token, int id, byte kind, int flags, int tokenClause) {
        // The state travels as its code, so that finding the next one costs an exclusive or, a shift and a
        // load: every token waits for the one before, and a multiplication there would cost more than all else.
        int code = tokenClause == clause ? this.code : code(START);
        clause = tokenClause;
        int symbol = symbol(id, PhraseTrie.tokenClass(kind, flags));
        long key = key(code, symbol);
        long[] table = this.table;
        int at = 2 * ((code ^ symbol * SYMBOL_MIX) >>> shift);
        long k;
        while ((k = table[at]) != key && k != EMPTY) {
            at = (at + 2) & (table.length - 1);
        }
        if (k == EMPTY) {
            this.code = walk(code, symbol, key, token, found);
            return;
        }
        long value = table[at + 1];
        int phrases = (int) value;
        if (phrases != 0) {
            record(phrases, token, found);
        }
        this.code = (int) (value >>> 32);
    }

    /** How many states are known: for tests, which check that the limits hold. */
    int states() {
        return stateCount;
    }

    private void record(int offset, int at, Occurrences found) {
        int[] ended = this.ended;
        int end = offset + 1 + 2 * ended[offset];
        for (int e = offset + 1; e < end; e += 2) {
            found.add(ended[e], at + 1 - ended[e + 1], at + 1);
        }
    }

    /** A step not seen before: walks it in the trie, records its phrases and remembers it. Returns the next code. */
    private int walk(int code, int symbol, long key, int at, Occurrences found) {
        int state = code * CODE_INVERSE;
        trie.follow(pairs, stateFrom[state], stateFrom[state + 1], (symbol >>> CLASS_BITS) - 1,
                symbol & ((1 << CLASS_BITS) - 1), step);
        for (int e = 0; e < step.endedLength; e += 2) {
            found.add(step.ended[e], at + 1 - step.ended[e + 1], at + 1);
        }
        if (!room()) {
            // Full: start again from nothing. The state just left is forgotten with the rest, so this one step
            // is not remembered, but the state it leads to is.
            clear();
            return code(stateOf(step.alive, step.aliveLength));
        }
        int next = code(stateOf(step.alive, step.aliveLength));
        int phrases = 0;
        if (step.endedLength > 0) {
            phrases = endedLength;
            ended[endedLength++] = step.endedLength / 2;
            System.arraycopy(step.ended, 0, ended, endedLength, step.endedLength);
            endedLength += step.endedLength;
        }
        if (4 * (transitions + 1) > table.length) {
            growTransitions();
        }
        insert(key, next, phrases);
        transitions++;
        return next;
    }

    private void insert(long key, int next, int phrases) {
        int at = 2 * (((int) (key >>> 32) ^ (int) key * SYMBOL_MIX) >>> shift);
        while (table[at] != EMPTY) {
            at = (at + 2) & (table.length - 1);
        }
        table[at] = key;
        table[at + 1] = ((long) next << 32) | (phrases & 0xFFFFFFFFL);
    }

    /** Whether the step in {@link #step} can be remembered within the limits, growing what has to grow. */
    private boolean room() {
        int needPairs = pairsUsed() + step.aliveLength;
        int needEnded = endedLength + 1 + step.endedLength;
        if (stateCount + 1 >= maxStates || 2 * (transitions + 1) > maxSlots || needPairs > maxPool
                || needEnded > maxPool) {
            return false;
        }
        if (needPairs > pairs.length) {
            pairs = Arrays.copyOf(pairs, Math.min(maxPool, Math.max(needPairs, 2 * pairs.length)));
        }
        if (needEnded > ended.length) {
            ended = Arrays.copyOf(ended, Math.min(maxPool, Math.max(needEnded, 2 * ended.length)));
        }
        return true;
    }

    private int pairsUsed() {
        return stateFrom[stateCount];
    }

    /** The number of the state with these pairs, made if new. */
    private int stateOf(int[] list, int length) {
        int hash = 1;
        for (int p = 0; p < length; p++) {
            hash = hash * 31 + list[p];
        }
        hash ^= hash >>> 16;
        int mask = stateSlots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int known = stateSlots[slot] - 1;
            if (known < 0) {
                break;
            }
            if (stateHash[known] == hash && samePairs(known, list, length)) {
                return known;
            }
        }
        int state = stateCount++;
        if (stateCount + 1 >= stateFrom.length) {
            stateFrom = Arrays.copyOf(stateFrom, 2 * stateFrom.length);
            stateHash = Arrays.copyOf(stateHash, 2 * stateHash.length);
        }
        int from = stateFrom[state];
        if (from + length > pairs.length) {
            pairs = Arrays.copyOf(pairs, Math.max(from + length, 2 * pairs.length));
        }
        System.arraycopy(list, 0, pairs, from, length);
        stateFrom[state + 1] = from + length;
        stateHash[state] = hash;
        if (2 * stateCount > stateSlots.length) {
            growStates();
        } else {
            place(state);
        }
        return state;
    }

    private boolean samePairs(int state, int[] list, int length) {
        int from = stateFrom[state];
        return stateFrom[state + 1] - from == length && Arrays.equals(pairs, from, from + length, list, 0, length);
    }

    private void place(int state) {
        int mask = stateSlots.length - 1;
        int slot = stateHash[state] & mask;
        while (stateSlots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        stateSlots[slot] = state + 1;
    }

    private void growStates() {
        stateSlots = new int[2 * stateSlots.length];
        for (int s = 0; s < stateCount; s++) {
            place(s);
        }
    }

    private void growTransitions() {
        long[] old = table;
        table = new long[2 * old.length];
        shift--;
        Arrays.fill(table, EMPTY);
        for (int at = 0; at < old.length; at += 2) {
            if (old[at] != EMPTY) {
                insert(old[at], (int) (old[at + 1] >>> 32), (int) old[at + 1]);
            }
        }
    }

    /** Forgets every state and transition; the arrays keep their size, which the limits bound. */
    private void clear() {
        Arrays.fill(table, EMPTY);
        Arrays.fill(stateSlots, 0);
        transitions = 0;
        stateCount = 0;
        stateFrom[0] = 0;
        // Offset 0 of the ended phrases stands for none.
        ended[0] = 0;
        endedLength = 1;
        stateOf(step.alive, 0);
    }

    /**
     * A state's code: its number times an odd constant, which spreads the numbers over the high bits that pick
     * a slot and can be undone by multiplying with {@link #CODE_INVERSE}.
     */
    private static int code(int state) {
        return state * CODE_MIX;
    }

    /** A token as the automaton reads it: its vocabulary id (from -1) and its class bits. */
    private static int symbol(int id, int tokenClass) {
        return ((id + 1) << CLASS_BITS) | tokenClass;
    }

    private static long key(int code, int symbol) {
        return ((long) code << 32) | symbol;
    }

    /** The inverse of an odd number modulo 2^32, by Newton's iteration (each step doubles the correct bits). */
    private static int inverse(int odd) {
        int x = odd;
        for (int i = 0; i < 5; i++) {
            x *= 2 - odd * x;
        }
        return x;
    }
}
