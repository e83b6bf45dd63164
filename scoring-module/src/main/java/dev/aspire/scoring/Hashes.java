package dev.aspire.scoring;

/**
 * 64-bit hashes of normalised words. Words are compared by hash alone: with a few thousand lexicon
 * words, two different words sharing a hash is far less likely than a cosmic-ray bit flip, and it saves
 * building a string for every word of every answer.
 */
final class Hashes {
    /** The hash of no characters yet; {@link #add} folds in one more, {@link #finish} completes it. */
    static final long SEED = 0xCBF29CE484222325L;

    private Hashes() {
    }

    static long of(char[] chars, int length) {
        long h = SEED;
        for (int i = 0; i < length; i++) {
            h = add(h, chars[i]);
        }
        return finish(h, length);
    }

    static long of(CharSequence chars) {
        return of(chars, 0, chars.length());
    }

    static long of(CharSequence chars, int from, int to) {
        long h = SEED;
        for (int i = from; i < to; i++) {
            h = add(h, chars.charAt(i));
        }
        return finish(h, to - from);
    }

    /** The hash of {@code length} characters from {@code from}, lower-cased as the tokenizer would. */
    static long ofLowerCase(CharSequence chars, int from, int length) {
        long h = SEED;
        for (int i = from; i < from + length; i++) {
            h = add(h, Character.toLowerCase(chars.charAt(i)));
        }
        return finish(h, length);
    }

    static long add(long h, char c) {
        return (h ^ c) * 0x100000001B3L;
    }

    /** The hash of {@code length} characters that {@link #add} folded into {@code h}. */
    static long finish(long h, int length) {
        h ^= length;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
