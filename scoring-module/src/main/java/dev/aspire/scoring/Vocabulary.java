package dev.aspire.scoring;

/**
 * Every normalised word that some lexicon phrase uses, each with a small id. While the lexicon is compiled
 * the vocabulary grows ({@link #intern}); afterwards it is only read. Words of an answer that no phrase uses
 * get no id, which is what lets the phrase matcher skip them at the cost of one hash lookup.
 */
final class Vocabulary {
    static final int UNKNOWN = -1;

    private final LongIntMap ids = new LongIntMap(4096);
    private boolean[] numberWord = new boolean[4096];
    private int size;
    private boolean frozen;

    int id(long hash) {
        int id = ids.get(hash);
        return id == LongIntMap.MISSING ? UNKNOWN : id;
    }

    /** The id of the word, adding it if the vocabulary is still being built. */
    int intern(long hash) {
        int id = ids.get(hash);
        if (id != LongIntMap.MISSING) {
            return id;
        }
        if (frozen) {
            return UNKNOWN;
        }
        ids.put(hash, size);
        if (size == numberWord.length) {
            numberWord = java.util.Arrays.copyOf(numberWord, size * 2);
        }
        return size++;
    }

    void markNumberWord(int id) {
        numberWord[id] = true;
    }

    boolean isNumberWord(int id) {
        return id >= 0 && numberWord[id];
    }

    int size() {
        return size;
    }

    void freeze() {
        frozen = true;
    }

    /** Per id, the hash of its word: with {@link #numberWords} enough to {@link #restore} the vocabulary. */
    long[] hashes() {
        return ids.keysByValue(size);
    }

    boolean[] numberWords() {
        return java.util.Arrays.copyOf(numberWord, size);
    }

    /** A frozen vocabulary with the given words (ids in order) and number words. */
    static Vocabulary restore(long[] hashes, boolean[] numberWords) {
        Vocabulary vocabulary = new Vocabulary();
        for (long hash : hashes) {
            vocabulary.intern(hash);
        }
        for (int id = 0; id < numberWords.length; id++) {
            if (numberWords[id]) {
                vocabulary.markNumberWord(id);
            }
        }
        vocabulary.freeze();
        return vocabulary;
    }
}
