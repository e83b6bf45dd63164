package dev.aspire.scoring;

/**
 * Brings a lower-case word to a shared form, so that "leaving", "leaves" and "leave" meet, and so do
 * "organise" and "organized". It is a light stemmer, not a dictionary lemmatiser: the forms it makes need
 * not be words, only consistent, because lexicon phrases pass through the same normaliser as answers.
 * A short table handles irregular verbs and protects words a suffix rule would merge with another
 * lexicon word ("hope" with "hop", "note" with "not").
 *
 * <p>Works in place on a char buffer and allocates nothing, so it can run on every word of every answer.
 */
final class Normalizer {
    /** Set in the result when the word was a past form ("worked", "left"). */
    static final int PAST = 1 << 30;
    /** Set in the result when the word came out as it went in, so its hash need not be taken again. */
    static final int UNCHANGED = 1 << 29;
    static final int LENGTH_MASK = UNCHANGED - 1;
    /** Longer words are left as they are: no English inflection rule needs them. */
    static final int MAX_WORD = 48;

    /**
     * Each line: a lemma, then its forms; a form ending in {@code *} is a past form. A line with only a
     * lemma protects the word from the suffix rules.
     */
    private static final String[] IRREGULAR = {
        "be am is are 's 'm 're was* were* been* being",
        "have has had* having 've",
        "do does did* doing done*",
        "go goes went* gone* going",
        "leave left*",
        "get gets got* gotten*",
        "make made*",
        "take took* taken*",
        "see saw* seen*",
        "think thought*",
        "bring brought*",
        "build built*",
        "grow grew* grown*",
        "give gave* given*",
        "feel felt*",
        "keep kept*",
        "lead led*",
        "spend spent*",
        "pay paid*",
        "say said*",
        "find found*",
        "teach taught*",
        "begin began* begun*",
        "come came*",
        "become became*",
        "run ran*",
        "write wrote* written*",
        "know knew* known*",
        "hold held*",
        "sell sold*",
        "tell told*",
        "win won*",
        "lose lost*",
        "mean meant*",
        "rise rose* risen*",
        "buy bought*",
        "choose chose* chosen*",
        "drive drove* driven*",
        "fall fell* fallen*",
        "forget forgot* forgotten*",
        "hear heard*",
        "meet met*",
        "sit sat*",
        "speak spoke* spoken*",
        "stand stood*",
        "understand understood*",
        "will 'll wo",
        "would 'd",
        "can ca",
        "not n't",
        "travel travelling* travelled* traveling travelled traveler traveller",
        "label labelled* labelling",
        "model modelling modelled*",
        "cancel cancelled* cancelling",
        "counsel counselling counselled* counsellor counselor",
        "level levelling levelled*",
        "use uses used* using",
        "hope hopes hoped* hoping",
        "note notes noted* noting",
        "care cares cared* caring",
        "here",
        "this",
        "news",
        "series",
        "means",
        "always",
        "perhaps",
        "whereas",
        "yes",
        "willing",
        "quite",
        "plane",
        "wine",
    };

    private final LongIntMap irregular;
    private final char[][] lemmas;
    private final boolean[] pastForm;

    Normalizer() {
        int forms = 0;
        for (String line : IRREGULAR) {
            forms += line.split(" ").length;
        }
        irregular = new LongIntMap(forms);
        lemmas = new char[forms][];
        pastForm = new boolean[forms];
        int next = 0;
        for (String line : IRREGULAR) {
            String[] words = line.split(" ");
            char[] lemma = regular(words[0]);
            for (String word : words) {
                boolean past = word.endsWith("*");
                String form = past ? word.substring(0, word.length() - 1) : word;
                lemmas[next] = lemma;
                pastForm[next] = past;
                irregular.put(Hashes.of(form), next);
                next++;
            }
        }
    }

    /**
     * Normalises the lower-case word in {@code buf[0..length)} in place and returns its new length, with
     * {@link #PAST} set when the word was a past form.
     */
    int normalize(char[] buf, int length) {
        return normalize(buf, length, Hashes.of(buf, length));
    }

    /** As {@link #normalize(char[], int)}, given the hash of the word as it stands. */
    int normalize(char[] buf, int length, long hash) {
        if (length > MAX_WORD) {
            return length | UNCHANGED;
        }
        int entry = irregular.get(hash);
        if (entry != LongIntMap.MISSING) {
            char[] lemma = lemmas[entry];
            System.arraycopy(lemma, 0, buf, 0, lemma.length);
            return lemma.length | (pastForm[entry] ? PAST : 0);
        }
        int stemmed = stem(buf, length);
        return (stemmed & LENGTH_MASK) == length && (stemmed & PAST) == 0 && !changedInPlace(buf, length)
                ? stemmed | UNCHANGED : stemmed;
    }

    /** The suffix rules that keep the length ("organise" to "organize") rewrite one of the last letters. */
    private static boolean changedInPlace(char[] b, int n) {
        return n >= 5 && b[n - 2] == 'z' && (b[n - 1] == 'e' || b[n - 1] == 's');
    }

    private static char[] regular(String word) {
        char[] buf = new char[MAX_WORD];
        word.getChars(0, word.length(), buf, 0);
        int length = stem(buf, word.length()) & LENGTH_MASK;
        char[] lemma = new char[length];
        System.arraycopy(buf, 0, lemma, 0, length);
        return lemma;
    }

    private static int stem(char[] b, int length) {
        int n = length;
        int past = 0;
        if (n <= 3) {
            return n;
        }
        boolean strippedSuffix = false;
        if (n >= 5 && ends(b, n, "ies")) {
            n -= 2;
            b[n - 1] = 'y';
        } else if (n >= 5 && ends(b, n, "ied")) {
            n -= 2;
            b[n - 1] = 'y';
            past = PAST;
        } else if (ends(b, n, "sses")) {
            n -= 2;
        } else if (n >= 6 && ends(b, n, "ing") && hasVowel(b, n - 3)) {
            n = undouble(b, n - 3);
            strippedSuffix = true;
        } else if (n >= 5 && ends(b, n, "ed") && !ends(b, n, "eed") && hasVowel(b, n - 2)) {
            n = undouble(b, n - 2);
            strippedSuffix = true;
            past = PAST;
        } else if (n >= 4 && ends(b, n, "es") && esPlural(b, n)) {
            n -= 2;
            strippedSuffix = true;
        } else if (n >= 4 && b[n - 1] == 's' && !ends(b, n, "ss") && !ends(b, n, "us") && !ends(b, n, "is")) {
            n -= 1;
        }
        if (n >= 6 && ends(b, n, "our")) {
            b[n - 2] = 'r';
            n -= 1;
        }
        if (n >= 5 && (ends(b, n, "ise") || ends(b, n, "yse"))) {
            b[n - 2] = 'z';
        } else if (strippedSuffix && n >= 4 && (ends(b, n, "is") || ends(b, n, "ys"))) {
            b[n - 1] = 'z';
        }
        if (n >= 4 && b[n - 1] == 'e' && b[n - 2] != 'e') {
            n -= 1;
        }
        return n | past;
    }

    /** "boxes", "watches", "wishes", "bonuses" lose "es"; "makes" only loses "s" (handled elsewhere). */
    private static boolean esPlural(char[] b, int n) {
        char before = b[n - 3];
        if (before == 's' || before == 'x' || before == 'z') {
            return true;
        }
        return n >= 5 && b[n - 3] == 'h' && (b[n - 4] == 'c' || b[n - 4] == 's');
    }

    /** "planning" gives "plann", then "plan"; "selling", "adding" and "buzzing" keep their double letter. */
    private static int undouble(char[] b, int n) {
        if (n >= 3 && b[n - 1] == b[n - 2]) {
            char c = b[n - 1];
            if (c != 'l' && c != 's' && c != 'z' && c != 'f' && c != 'd' && c != 'e' && c != 'o') {
                return n - 1;
            }
        }
        return n;
    }

    private static boolean hasVowel(char[] b, int n) {
        if (n < 3) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = b[i];
            if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y') {
                return true;
            }
        }
        return false;
    }

    private static boolean ends(char[] b, int n, String suffix) {
        int m = suffix.length();
        if (n < m) {
            return false;
        }
        for (int i = 0; i < m; i++) {
            if (b[n - m + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
