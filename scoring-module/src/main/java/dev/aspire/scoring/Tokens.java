package dev.aspire.scoring;

import java.util.Arrays;

/**
 * The tokens of one answer, in parallel arrays so that scoring an answer allocates almost nothing. Each
 * token keeps its character offsets in the original text, so every piece of evidence can point back at the
 * words the candidate wrote. One instance is reused, answer after answer, by one thread.
 */
final class Tokens {
    static final byte WORD = 0;
    static final byte NUMBER = 1;
    static final byte COMMA = 2;
    static final byte PLACEHOLDER = 3;
    static final byte CURRENCY = 4;

    static final int CAPITALISED = 1;
    static final int PAST = 1 << 1;
    /** The second half of a contraction ("n't" in "don't"): part of the same spoken word. */
    static final int CONTINUATION = 1 << 2;
    static final int SENTENCE_START = 1 << 3;
    static final int NUMBER_WORD = 1 << 4;

    String text = "";
    int count;
    int[] start = new int[256];
    int[] end = new int[256];
    int[] id = new int[256];
    long[] hash = new long[256];
    byte[] kind = new byte[256];
    int[] flags = new int[256];
    int[] sentence = new int[256];
    int[] clause = new int[256];

    /** Sentence {@code s} covers tokens {@code sentenceFirst[s]} up to {@code sentenceLast[s]} inclusive. */
    int sentences;
    int[] sentenceFirst = new int[32];
    int[] sentenceLast = new int[32];
    /** Character range of the sentence, including its closing punctuation. */
    int[] sentenceStartChar = new int[32];
    int[] sentenceEndChar = new int[32];

    int words;
    /** How many tokens are template markers ({@link #PLACEHOLDER}): most answers have none. */
    int placeholders;
    /**
     * A small per-thread memo of words already read (key, raw hash, normalised hash, id and flags), since the
     * same few hundred words make up most of every answer; it saves the normaliser and two table lookups.
     */
    final long[] memo = new long[MEMO_SIZE * MEMO_STRIDE];
    /** Reads each token as it is added, when set: phrase matching runs alongside tokenising. */
    PhraseAutomaton matcher;
    /** The vocabulary the memo was filled from; another one clears it. */
    Object memoOwner;
    static final int MEMO_BITS = 12;
    static final int MEMO_SIZE = 1 << MEMO_BITS;
    static final int MEMO_STRIDE = 4;
    /** Where the tokenizer lower-cases and normalises one word. */
    final char[] wordBuffer = new char[Normalizer.MAX_WORD + 2];
    private char[] chars = new char[1024];
    private int clauseId;
    private boolean sentenceOpen;
    private boolean clauseOpen;

    void reset(String answer) {
        text = answer;
        count = 0;
        sentences = 0;
        words = 0;
        placeholders = 0;
        clauseId = 0;
        sentenceOpen = false;
        clauseOpen = false;
    }

    /** The answer's characters, copied into an array reused from answer to answer. */
    char[] characters() {
        if (chars.length < text.length()) {
            chars = new char[Math.max(text.length(), chars.length * 2)];
        }
        text.getChars(0, text.length(), chars, 0);
        return chars;
    }

    void add(int from, int to, int vocabularyId, long wordHash, byte tokenKind, int tokenFlags) {
        if (count == start.length) {
            grow();
        }
        if (!sentenceOpen) {
            openSentence(from);
            tokenFlags |= SENTENCE_START;
        }
        clauseOpen = true;
        start[count] = from;
        end[count] = to;
        id[count] = vocabularyId;
        hash[count] = wordHash;
        kind[count] = tokenKind;
        flags[count] = tokenFlags;
        sentence[count] = sentences - 1;
        clause[count] = clauseId;
        if (tokenKind != COMMA && tokenKind != CURRENCY && (tokenFlags & CONTINUATION) == 0) {
            words++;
        }
        if (matcher != null) {
            matcher.next(count, vocabularyId, tokenKind, tokenFlags, clauseId);
        }
        count++;
    }

    /** A semicolon, bracket or dash: phrases and negation do not reach across it. */
    void clauseBreak() {
        if (clauseOpen) {
            clauseId++;
            clauseOpen = false;
        }
    }

    /** The end of a sentence at character {@code endChar} (exclusive). */
    void sentenceBreak(int endChar) {
        if (sentenceOpen) {
            // A sentence's last token and end are settled here, once, rather than at every token.
            sentenceLast[sentences - 1] = count - 1;
            sentenceEndChar[sentences - 1] = Math.max(end[count - 1], endChar);
            sentenceOpen = false;
        }
        clauseBreak();
    }

    boolean lastIs(byte tokenKind) {
        return count > 0 && kind[count - 1] == tokenKind;
    }

    boolean is(int token, int flag) {
        return (flags[token] & flag) != 0;
    }

    boolean isWordLike(int token) {
        byte k = kind[token];
        return k == WORD || k == NUMBER || k == PLACEHOLDER;
    }

    boolean isNumber(int token) {
        return kind[token] == NUMBER || (flags[token] & NUMBER_WORD) != 0;
    }

    /** The characters from the start of token {@code first} to the end of token {@code last}, inclusive. */
    String slice(int first, int last) {
        return text.substring(start[first], end[last]);
    }

    private void openSentence(int from) {
        if (sentences == sentenceFirst.length) {
            int size = sentences * 2;
            sentenceFirst = Arrays.copyOf(sentenceFirst, size);
            sentenceLast = Arrays.copyOf(sentenceLast, size);
            sentenceStartChar = Arrays.copyOf(sentenceStartChar, size);
            sentenceEndChar = Arrays.copyOf(sentenceEndChar, size);
        }
        sentenceFirst[sentences] = count;
        sentenceLast[sentences] = count;
        sentenceStartChar[sentences] = from;
        sentenceEndChar[sentences] = from;
        sentences++;
        sentenceOpen = true;
    }

    private void grow() {
        int size = start.length * 2;
        start = Arrays.copyOf(start, size);
        end = Arrays.copyOf(end, size);
        id = Arrays.copyOf(id, size);
        hash = Arrays.copyOf(hash, size);
        kind = Arrays.copyOf(kind, size);
        flags = Arrays.copyOf(flags, size);
        sentence = Arrays.copyOf(sentence, size);
        clause = Arrays.copyOf(clause, size);
    }

    /** Drops buffers a very long answer left behind, so one 1 MB answer does not pin memory for good. */
    void trim() {
        if (start.length > 8192) {
            start = new int[256];
            end = new int[256];
            id = new int[256];
            hash = new long[256];
            kind = new byte[256];
            flags = new int[256];
            sentence = new int[256];
            clause = new int[256];
        }
        if (sentenceFirst.length > 1024) {
            sentenceFirst = new int[32];
            sentenceLast = new int[32];
            sentenceStartChar = new int[32];
            sentenceEndChar = new int[32];
        }
        if (chars.length > 65536) {
            chars = new char[1024];
        }
        text = "";
    }
}
