package dev.aspire.scoring;

import static java.util.Objects.requireNonNull;

/**
 * Splits an answer into sentences, clauses and tokens in one pass over its characters, keeping every
 * token's offsets. Contractions become two tokens ("don't" is "do" + "not", "I'd" is "I" + "would"),
 * possessives lose their "'s", hyphenated words split ("long-term" is "long" "term"), and template
 * markers such as {@code [Company]}, {@code {role}} or {@code <job title>} become placeholder tokens.
 *
 * <p>The same tokenizer reads the lexicon's phrases, so a phrase and an answer always agree on what a
 * word is.
 */
final class Tokenizer {
    private static final int MAX_PLACEHOLDER = 48;
    private static final String[] PRONOUNS_BEFORE_IS = {
        "it", "that", "there", "here", "what", "who", "he", "she", "where", "how", "this", "everything",
        "nothing", "something", "everyone", "someone", "which", "when", "why", "let"};
    private static final String[] ABBREVIATIONS = {
        "mr", "mrs", "ms", "dr", "prof", "st", "vs", "etc", "approx", "inc", "ltd", "co", "corp", "jr", "sr",
        "no", "dept", "est", "e.g.", "i.e.", "eg", "ie", "cf", "ca"};
    private static final String[] TITLES = {"mr", "mrs", "ms", "dr", "prof", "st"};

    /** Per ASCII character, its lower case when it can be part of a word (a letter or digit), else 0. */
    private static final char[] ASCII_WORD_CHARS = new char[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            ASCII_WORD_CHARS[c] = c;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_WORD_CHARS[c] = c;
            ASCII_WORD_CHARS[Character.toUpperCase(c)] = c;
        }
    }

    private static final long CANNOT = Hashes.of("cannot");
    private static final long GONNA = Hashes.of("gonna");
    private static final long WANNA = Hashes.of("wanna");
    private static final long GOTTA = Hashes.of("gotta");
    /** Words this short are keyed in the memo by their characters, one to a byte. */
    private static final int PACKED_CHARS = 8;
    private static final long CANNOT_KEY = packed("cannot");
    private static final long GONNA_KEY = packed("gonna");
    private static final long WANNA_KEY = packed("wanna");
    private static final long GOTTA_KEY = packed("gotta");
    // A memo entry: the word's key, its raw hash, its normalised hash, then its id and learned flags.
    private static final int MEMO_RAW = 1;
    private static final int MEMO_HASH = 2;
    private static final int MEMO_ID_AND_FLAGS = 3;

    private final Normalizer normalizer;
    private final Vocabulary vocabulary;
    private final LongIntMap pronounsBeforeIs = set(PRONOUNS_BEFORE_IS);
    private final LongIntMap abbreviations = set(ABBREVIATIONS);
    private final LongIntMap titles = set(TITLES);
    private final int commaId;
    private final long commaHash = Hashes.of(",");

    Tokenizer(Normalizer normalizer, Vocabulary vocabulary) {
        this.normalizer = requireNonNull(normalizer, "normalizer is null");
        this.vocabulary = requireNonNull(vocabulary, "vocabulary is null");
        this.commaId = vocabulary.intern(commaHash);
    }

    /** Tokenizes {@code text} into {@code out}; when {@code intern} is set, new words join the vocabulary. */
    void tokenize(String text, Tokens out, boolean intern) {
        tokenize(text, out, intern, null);
    }

    /** Tokenizes {@code text} into {@code out}, handing each token to {@code matcher} as it is made, if given. */
    void tokenize(String text, Tokens out, boolean intern, PhraseAutomaton matcher) {
        out.reset(text);
        out.matcher = matcher;
        if (out.memoOwner != vocabulary) {
            java.util.Arrays.fill(out.memo, 0);
            out.memoOwner = vocabulary;
        }
        Scan scan = new Scan(text, out, intern);
        scan.run();
    }

    private static LongIntMap set(String[] words) {
        LongIntMap map = new LongIntMap(words.length);
        for (String word : words) {
            map.put(Hashes.of(word), 1);
        }
        return map;
    }

    /** The state of one pass; a small object so the tokenizer itself stays shareable between threads. */
    private final class Scan {
        private final String text;
        /** The text's characters, read from an array: a string checks its bounds and encoding per character. */
        private final char[] chars;
        private final int n;
        private final Tokens out;
        private final boolean intern;
        private final char[] buf;
        private long previousWordHash;

        Scan(String text, Tokens out, boolean intern) {
            this.text = text;
            this.chars = out.characters();
            this.n = text.length();
            this.out = out;
            this.intern = intern;
            this.buf = out.wordBuffer;
        }

        void run() {
            int i = 0;
            while (i < n) {
                char c = chars[i];
                if (isLetter(c)) {
                    i = word(i);
                } else if (c == ' ') {
                    i++;
                } else if (c >= '0' && c <= '9') {
                    i = number(i);
                } else {
                    i = punctuation(c, i);
                }
            }
            out.sentenceBreak(n);
        }

        private int punctuation(char c, int i) {
            switch (c) {
                case ',':
                    out.add(i, i + 1, commaId, commaHash, Tokens.COMMA, 0);
                    return i + 1;
                case '.':
                case '!':
                case '?':
                case '\u2026':
                    return sentenceEnd(c, i);
                case ';':
                case ':':
                case '(':
                case ')':
                case '\u2014':
                case '\u2013':
                    out.clauseBreak();
                    return i + 1;
                case '-':
                    if ((i == 0 || Character.isWhitespace(chars[i - 1]))
                            && (i + 1 >= n || Character.isWhitespace(chars[i + 1]) || chars[i + 1] == '-')) {
                        out.clauseBreak();
                    }
                    return i + 1;
                case '[':
                case '{':
                case '<':
                    return placeholder(c, i);
                case '_':
                    return underscores(i);
                case '\n':
                    return newline(i);
                case '$':
                case '\u00A3':
                case '\u20AC':
                    out.add(i, i + 1, Vocabulary.UNKNOWN, 0, Tokens.CURRENCY, 0);
                    return i + 1;
                default:
                    return i + 1;
            }
        }

        private int word(int from) {
            // The usual word: ASCII letters and digits up to a space or punctuation, eight at most, met before.
            // Its characters packed one to a byte are its memo key, so no hash is worked out on the way.
            int i = from;
            long key = 0;
            int limit = Math.min(n, from + PACKED_CHARS + 1);
            while (i < limit) {
                char c = chars[i];
                char lowered = c < 128 ? ASCII_WORD_CHARS[c] : 0;
                if (lowered == 0) {
                    break;
                }
                key = key << 8 | lowered;
                i++;
            }
            if (i - from <= PACKED_CHARS && !intern && (i == n || endsPlainWord(i))
                    && key != CANNOT_KEY && key != GONNA_KEY && key != WANNA_KEY && key != GOTTA_KEY) {
                long[] memo = out.memo;
                int slot = find(memo, key);
                if (slot >= 0) {
                    add(from, i, memo, slot);
                    return i;
                }
            }
            return anyWord(from);
        }

        /** Whether a word of ASCII letters and digits ends at {@code i}, where neither is. */
        private boolean endsPlainWord(int i) {
            char c = chars[i];
            if (c >= 128) {
                // A letter beyond ASCII may continue the word.
                return false;
            }
            // So may an apostrophe or a dot before a letter ("don't", "e.g.").
            return c != '\'' && c != '.' || i + 1 == n || !isLetter(chars[i + 1]);
        }

        /** The token for a word the memo knows, at {@code slot}. */
        private void add(int from, int to, long[] memo, int slot) {
            previousWordHash = memo[slot + MEMO_RAW];
            int flags = (isUpperCase(chars[from]) ? Tokens.CAPITALISED : 0);
            long packed = memo[slot + MEMO_ID_AND_FLAGS];
            out.add(from, to, (int) packed, memo[slot + MEMO_HASH], Tokens.WORD, flags | (int) (packed >>> 32));
        }

        private int anyWord(int from) {
            int i = from;
            int apostrophe = -1;
            boolean multipleApostrophes = false;
            boolean plain = true;
            long hash = Hashes.SEED;
            while (i < n) {
                char c = chars[i];
                char lowered = c < 128 ? ASCII_WORD_CHARS[c] : isLetter(c) ? lower(c) : 0;
                if (lowered != 0) {
                    hash = Hashes.add(hash, lowered);
                    i++;
                } else if (isApostrophe(c) && i + 1 < n && isLetter(chars[i + 1]) && i > from) {
                    plain = false;
                    multipleApostrophes |= apostrophe >= 0;
                    apostrophe = i;
                    i++;
                } else if (c == '.' && i + 1 < n && isLetter(chars[i + 1])
                        && (i + 2 >= n || !isLetter(chars[i + 2])) && i - from == 1 + 2 * dotsSoFar(from, i)) {
                    // "e.g.", "U.S.": single letters joined by dots are one word, and their dots end no sentence.
                    plain = false;
                    i += 2;
                    if (i < n && chars[i] == '.') {
                        i++;
                    }
                } else {
                    break;
                }
            }
            if (plain && remembered(from, i, hash)) {
                return i;
            }
            if (apostrophe > 0 && !multipleApostrophes) {
                contraction(from, apostrophe, i);
            } else {
                special(from, i);
            }
            return i;
        }

        /**
         * Most words of an answer are plain words this thread has read before: such a word is taken from the
         * memo, as {@link #addWord} would, without copying it. {@code hash} covers its lower-cased characters.
         */
        private boolean remembered(int from, int to, long hash) {
            int length = to - from;
            if (intern || length > Normalizer.MAX_WORD) {
                return false;
            }
            long raw = Hashes.finish(hash, length);
            if (raw == CANNOT || raw == GONNA || raw == WANNA || raw == GOTTA) {
                // Two words written as one: special() splits them.
                return false;
            }
            long key = length <= PACKED_CHARS ? packedKey(from, to, raw) : hashKey(raw);
            long[] memo = out.memo;
            int slot = find(memo, key);
            if (slot < 0) {
                return false;
            }
            add(from, to, memo, slot);
            return true;
        }

        /** The memo key of a short word of the text: its lower-cased characters, one to a byte, if all are ASCII. */
        private long packedKey(int from, int to, long raw) {
            long key = 0;
            for (int k = from; k < to; k++) {
                char lowered = lower(chars[k]);
                if (lowered >= 128) {
                    return hashKey(raw);
                }
                key = key << 8 | lowered;
            }
            return key;
        }

        /** Whether {@link #special} has to look at the word: it could be "cannot", "gonna", "wanna" or "gotta". */
        private boolean mayBeTwoWords(int from, int length) {
            char initial = lower(chars[from]);
            return length >= 5 && length <= 6 && (initial == 'c' || initial == 'g' || initial == 'w');
        }

        private int dotsSoFar(int from, int i) {
            int dots = 0;
            for (int k = from; k < i; k++) {
                if (chars[k] == '.') {
                    dots++;
                }
            }
            return dots;
        }

        /** "don't" is "do" + "n't"; "I'd" is "I" + "'d"; "company's" is just "company"; "o'clock" stays whole. */
        private void contraction(int from, int apostrophe, int to) {
            int suffixLength = to - apostrophe - 1;
            char s1 = lower(chars[apostrophe + 1]);
            if (suffixLength == 1 && s1 == 't' && apostrophe - 1 > from
                    && lower(chars[apostrophe - 1]) == 'n') {
                emit(from, apostrophe - 1, 0);
                emitContraction(apostrophe - 1, to);
                return;
            }
            boolean known = suffixLength == 1 && (s1 == 's' || s1 == 'd' || s1 == 'm')
                    || suffixLength == 2 && isContraction(apostrophe + 1);
            if (!known) {
                emit(from, to, 0);
                return;
            }
            emit(from, apostrophe, 0);
            if (s1 == 's' && suffixLength == 1 && pronounsBeforeIs.get(previousWordHash) == LongIntMap.MISSING) {
                // A possessive: the token keeps covering the whole word, read as the noun alone.
                out.end[out.count - 1] = to;
                return;
            }
            emitContraction(apostrophe, to);
        }

        private boolean isContraction(int at) {
            char a = lower(chars[at]);
            char b = lower(chars[at + 1]);
            return a == 'l' && b == 'l' || a == 'v' && b == 'e' || a == 'r' && b == 'e';
        }

        private void emitContraction(int from, int to) {
            int length = 0;
            for (int k = from; k < to; k++) {
                char c = chars[k];
                buf[length++] = isApostrophe(c) ? '\'' : lower(c);
            }
            addWord(from, to, length, Tokens.CONTINUATION);
        }

        /** "cannot", "gonna", "wanna" and "gotta" are two words written as one. */
        private void special(int from, int to) {
            int length = to - from;
            if (!mayBeTwoWords(from, length)) {
                emit(from, to, 0);
            } else if (length == 6 && regionIs(from, "cannot")) {
                emit(from, from + 3, 0);
                emitRaw(from + 3, to, "not", Tokens.CONTINUATION);
            } else if (length == 5 && (regionIs(from, "gonna") || regionIs(from, "wanna") || regionIs(from, "gotta"))) {
                String first = regionIs(from, "gonna") ? "going" : regionIs(from, "wanna") ? "want" : "got";
                emitRaw(from, from + 3, first, 0);
                emitRaw(from + 3, to, "to", Tokens.CONTINUATION);
            } else {
                emit(from, to, 0);
            }
        }

        private boolean regionIs(int from, String word) {
            return text.regionMatches(true, from, word, 0, word.length());
        }

        private void emit(int from, int to, int extraFlags) {
            int length = 0;
            int limit = Math.min(to, from + Normalizer.MAX_WORD + 1);
            for (int k = from; k < limit; k++) {
                char c = chars[k];
                buf[length++] = isApostrophe(c) ? '\'' : lower(c);
            }
            int flags = extraFlags;
            if (isUpperCase(chars[from])) {
                flags |= Tokens.CAPITALISED;
            }
            addWord(from, to, length, flags);
        }

        private void emitRaw(int from, int to, String word, int flags) {
            word.getChars(0, word.length(), buf, 0);
            addWord(from, to, word.length(), flags);
        }

        private void addWord(int from, int to, int length, int flags) {
            long raw = Hashes.of(buf, length);
            previousWordHash = raw;
            long key = memoKey(buf, length, raw);
            long[] memo = out.memo;
            int slot = intern ? -1 : find(memo, key);
            if (slot >= 0) {
                long packed = memo[slot + MEMO_ID_AND_FLAGS];
                out.add(from, to, (int) packed, memo[slot + MEMO_HASH], Tokens.WORD, flags | (int) (packed >>> 32));
                return;
            }
            int normalized = length > Normalizer.MAX_WORD ? length | Normalizer.UNCHANGED
                    : normalizer.normalize(buf, length, raw);
            int normalizedLength = normalized & Normalizer.LENGTH_MASK;
            if ((normalized & Normalizer.PAST) != 0) {
                flags |= Tokens.PAST;
            }
            long hash = (normalized & Normalizer.UNCHANGED) != 0 ? raw : Hashes.of(buf, normalizedLength);
            int id = intern ? vocabulary.intern(hash) : vocabulary.id(hash);
            int learned = (normalized & Normalizer.PAST) != 0 ? Tokens.PAST : 0;
            if (vocabulary.isNumberWord(id)) {
                learned |= Tokens.NUMBER_WORD;
            }
            if (!intern) {
                slot = memoSlot(key);
                if (memo[slot] != 0) {
                    // The word there moves to the other place of the pair, which forgets the one that was there.
                    System.arraycopy(memo, slot, memo, slot ^ Tokens.MEMO_STRIDE, Tokens.MEMO_STRIDE);
                }
                memo[slot] = key;
                memo[slot + MEMO_RAW] = raw;
                memo[slot + MEMO_HASH] = hash;
                memo[slot + MEMO_ID_AND_FLAGS] = ((long) learned << 32) | (id & 0xFFFFFFFFL);
            }
            out.add(from, to, id, hash, Tokens.WORD, flags | learned);
        }

        private int number(int from) {
            int i = from;
            while (i < n) {
                char c = chars[i];
                if (c >= '0' && c <= '9' || c == '%') {
                    i++;
                } else if ((c == '.' || c == ',') && i + 1 < n && Character.isDigit(chars[i + 1])) {
                    i += 2;
                } else if (isLetter(c) && i - from < 12) {
                    i++;
                } else {
                    break;
                }
            }
            out.add(from, i, Vocabulary.UNKNOWN, Hashes.of(text, from, i), Tokens.NUMBER, 0);
            previousWordHash = 0;
            return i;
        }

        private int sentenceEnd(char c, int at) {
            int i = at;
            while (i < n && (chars[i] == '.' || chars[i] == '!' || chars[i] == '?'
                    || chars[i] == '\u2026')) {
                i++;
            }
            int next = i;
            while (next < n && (chars[next] == ' ' || chars[next] == '\t')) {
                next++;
            }
            char following = next < n ? chars[next] : 'A';
            boolean single = i - at == 1;
            if (c == '.' && single && out.count > 0 && out.kind[out.count - 1] == Tokens.WORD
                    && out.end[out.count - 1] == at) {
                if (titles.get(previousWordHash) != LongIntMap.MISSING) {
                    return i;
                }
                if (abbreviations.get(previousWordHash) != LongIntMap.MISSING
                        && (Character.isLowerCase(following) || Character.isDigit(following))) {
                    return i;
                }
            }
            if ((c == '.' || c == '\u2026') && Character.isLowerCase(following)) {
                // "approx. five", or a sentence the writer forgot to capitalise: keep reading it as one.
                out.clauseBreak();
                return i;
            }
            out.sentenceBreak(i);
            return i;
        }

        private int placeholder(char open, int at) {
            char close = open == '[' ? ']' : open == '{' ? '}' : '>';
            int i = at;
            while (i < n && chars[i] == open) {
                i++;
            }
            int contentStart = i;
            boolean letter = false;
            while (i < n && i - contentStart <= MAX_PLACEHOLDER) {
                char c = chars[i];
                if (c == close) {
                    break;
                }
                if (isLetter(c)) {
                    letter = true;
                } else if (!(c == ' ' || c == '_' || c == '-' || c == '/' || c == '.' || c == '\'' || c == '&'
                        || (open != '<' && c >= '0' && c <= '9'))) {
                    break;
                }
                i++;
            }
            boolean closed = i < n && chars[i] == close && i > contentStart && letter
                    && chars[contentStart] != ' ';
            if (!closed) {
                if (open == '[') {
                    out.clauseBreak();
                }
                return at + 1;
            }
            while (i < n && chars[i] == close) {
                i++;
            }
            out.add(at, i, Vocabulary.UNKNOWN, 0, Tokens.PLACEHOLDER, 0);
            out.placeholders++;
            previousWordHash = 0;
            return i;
        }

        private int underscores(int at) {
            int i = at;
            while (i < n && chars[i] == '_') {
                i++;
            }
            if (i - at >= 3) {
                out.add(at, i, Vocabulary.UNKNOWN, 0, Tokens.PLACEHOLDER, 0);
                out.placeholders++;
            }
            return i;
        }

        /** A blank line ends a sentence; so does a line break before a capital or a bullet. */
        private int newline(int at) {
            int i = at;
            int newlines = 0;
            while (i < n && Character.isWhitespace(chars[i])) {
                if (chars[i] == '\n') {
                    newlines++;
                }
                i++;
            }
            char next = i < n ? chars[i] : 'A';
            if (newlines >= 2 || Character.isUpperCase(next) || next == '-' || next == '*' || next == '\u2022'
                    || Character.isDigit(next)) {
                if (!out.lastIs(Tokens.COMMA)) {
                    out.sentenceBreak(at);
                }
            }
            return i;
        }
    }

    /**
     * A word's key in the memo: up to {@value #PACKED_CHARS} ASCII characters packed one to a byte, which no
     * two words share and which has the top bit clear; any other word's hash with the top bit set.
     */
    static long memoKey(char[] word, int length, long raw) {
        if (length > PACKED_CHARS) {
            return hashKey(raw);
        }
        long key = 0;
        for (int k = 0; k < length; k++) {
            if (word[k] >= 128) {
                return hashKey(raw);
            }
            key = key << 8 | word[k];
        }
        return key;
    }

    private static long hashKey(long raw) {
        return raw | Long.MIN_VALUE;
    }

    private static long packed(String word) {
        return memoKey(word.toCharArray(), word.length(), Hashes.of(word));
    }

    /**
     * Where the memo holds the word with this key, or -1. A word has two places, its own and the other of its
     * pair, so two common words that land on one place do not keep pushing each other out.
     */
    private static int find(long[] memo, long key) {
        int slot = memoSlot(key);
        if (memo[slot] == key) {
            return slot;
        }
        int other = slot ^ Tokens.MEMO_STRIDE;
        return memo[other] == key ? other : -1;
    }

    private static int memoSlot(long key) {
        return Tokens.MEMO_STRIDE * (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - Tokens.MEMO_BITS));
    }

    static boolean isLetter(char c) {
        if (c < 128) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        return Character.isLetter(c);
    }

    private static boolean isUpperCase(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018';
    }

    private static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
        }
        return Character.toLowerCase(c);
    }
}
