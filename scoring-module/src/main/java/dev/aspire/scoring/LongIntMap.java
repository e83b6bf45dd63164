package dev.aspire.scoring;

/**
 * An open-addressing map from {@code long} to {@code int}, without boxing, for lookups in the scoring hot
 * path. Written once while the lexicon is compiled, then only read, so sharing it between threads is safe.
 */
final class LongIntMap {
    static final int MISSING = Integer.MIN_VALUE;
    /** Key 0 marks an empty slot; a real key of 0 is stored under this stand-in instead. */
    private static final long ZERO_KEY = 0x9E3779B97F4A7C15L;

    /** Key and value side by side (slot {@code i} at {@code 2i} and {@code 2i + 1}): one cache line per probe. */
    private long[] slots;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        slots = new long[capacity * 2];
        mask = capacity - 1;
    }

    int get(long key) {
        long k = key == 0 ? ZERO_KEY : key;
        int slot = mix(k) & mask;
        while (true) {
            long found = slots[2 * slot];
            if (found == k) {
                return (int) slots[2 * slot + 1];
            }
            if (found == 0) {
                return MISSING;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Stores the value and returns the previous one, or {@link #MISSING}. */
    int put(long key, int value) {
        if ((size + 1) * 2 > mask + 1) {
            grow();
        }
        long k = key == 0 ? ZERO_KEY : key;
        int slot = mix(k) & mask;
        while (slots[2 * slot] != 0) {
            if (slots[2 * slot] == k) {
                int previous = (int) slots[2 * slot + 1];
                slots[2 * slot + 1] = value;
                return previous;
            }
            slot = (slot + 1) & mask;
        }
        slots[2 * slot] = k;
        slots[2 * slot + 1] = value;
        size++;
        return MISSING;
    }

    int size() {
        return size;
    }

    /**
     * Per value from 0 to {@code count - 1}, the key stored with it (as stored: {@code 0} comes back as its
     * stand-in, which {@link #put} maps to itself), for a map whose values are exactly those numbers.
     */
    long[] keysByValue(int count) {
        long[] keys = new long[count];
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] != 0) {
                keys[(int) slots[i + 1]] = slots[i];
            }
        }
        return keys;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        mask = old.length - 1;
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                put(old[i] == ZERO_KEY ? 0 : old[i], (int) old[i + 1]);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
