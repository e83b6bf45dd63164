package dev.aspire.scoring;

/**
 * The buffers one thread reuses, answer after answer, so that scoring allocates little beyond the report
 * it returns. Never shared between threads.
 */
final class Workspace {
    final Tokens tokens = new Tokens();
    final Tokens scratch = new Tokens();
    final Occurrences occurrences = new Occurrences();
    /** Per token, which context scopes ({@link ContextRules}) cover it. */
    byte[] scope = new byte[256];
    /** Per signal, one more than the last sentence in which it was found valid. */
    int[] sentenceStamp = new int[0];
    private int[] listed = new int[64];
    private PhraseAutomaton automaton;
    /** The trie this thread last walked without an automaton. */
    private PhraseTrie walked;

    /**
     * This thread's automaton for the trie, kept while the trie stays the same; null for the first answer
     * this thread reads with the trie. An automaton learns as it reads, so it pays off only from a second
     * answer on: a single {@code score}, where start-up is everything, walks the trie as it always did.
     */
    PhraseAutomaton automaton(PhraseTrie trie) {
        PhraseAutomaton a = automaton;
        if (a == null || a.trie() != trie) {
            if (walked != trie) {
                walked = trie;
                return null;
            }
            a = new PhraseAutomaton(trie);
            automaton = a;
        }
        return a;
    }

    byte[] scope(int tokens) {
        if (scope.length < tokens) {
            scope = new byte[Math.max(tokens, scope.length * 2)];
        }
        java.util.Arrays.fill(scope, 0, tokens, (byte) 0);
        return scope;
    }

    /** Room for {@code occurrences} indices, for the phrases {@link ContextRules} lists for a later pass. */
    int[] listed(int occurrences) {
        if (listed.length < occurrences) {
            listed = new int[Math.max(occurrences, listed.length * 2)];
        }
        return listed;
    }

    int[] sentenceStamp(int signals) {
        if (sentenceStamp.length != signals) {
            sentenceStamp = new int[signals];
        }
        java.util.Arrays.fill(sentenceStamp, 0);
        return sentenceStamp;
    }

    /** Lets go of the large buffers a very long answer left behind. */
    void trim() {
        tokens.trim();
        occurrences.trim();
        if (scope.length > 8192) {
            scope = new byte[256];
        }
        if (listed.length > 8192) {
            listed = new int[64];
        }
    }
}
