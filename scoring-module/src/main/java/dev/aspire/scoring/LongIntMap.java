package dev.aspire.scoring;

import java.util.Arrays;

/**
 * An open-addressing map from {@code long} to {@code int}, without boxing, for lookups in the scoring hot
 * path. Written once while the lexicon is compiled, then only read, so sharing it between threads is safe.
 */
final class LongIntMap {
    static final int MISSING = Integer.MIN_VALUE;
    /** Key 0 marks an empty slot; a real key of 0 is stored under this stand-in instead. */
    private static final long ZERO_KEY = 0x9E3779B97F4A7C15L;

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    int get(long key) {
        long k = key == 0 ? ZERO_KEY : key;
        int slot = mix(k) & mask;
        while (true) {
            long found = keys[slot];
            if (found == k) {
                return values[slot];
            }
            if (found == 0) {
                return MISSING;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Stores the value and returns the previous one, or {@link #MISSING}. */
    int put(long key, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        long k = key == 0 ? ZERO_KEY : key;
        int slot = mix(k) & mask;
        while (keys[slot] != 0) {
            if (keys[slot] == k) {
                int previous = values[slot];
                values[slot] = value;
                return previous;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = k;
        values[slot] = value;
        size++;
        return MISSING;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                put(oldKeys[i] == ZERO_KEY ? 0 : oldKeys[i], oldValues[i]);
            }
        }
        Arrays.fill(oldKeys, 0);
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
