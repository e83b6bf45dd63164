package dev.aspire.templates;

import java.nio.charset.StandardCharsets;

/**
 * A 64-bit hash that is the same on every machine and every run (FNV-1a, then a mixing step so that the
 * low bits vary well), for choosing phrasings deterministically. {@code String.hashCode} would do, but it
 * mixes short strings poorly.
 */
final class StableHash {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private StableHash() {
    }

    static long of(String... parts) {
        long hash = OFFSET;
        for (String part : parts) {
            for (byte b : part.getBytes(StandardCharsets.UTF_8)) {
                hash ^= b & 0xff;
                hash *= PRIME;
            }
            // A separator byte, so that ("ab", "c") and ("a", "bc") hash apart.
            hash ^= 0xff;
            hash *= PRIME;
        }
        return mix(hash);
    }

    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
