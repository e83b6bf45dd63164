package dev.aspire.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer reads a word it has met before from a per-thread memo instead of normalising it again;
 * a word must come out the same either way, including the words that are two words written as one.
 */
class TokenizerMemoTest {
    private static final Tokenizer TOKENIZER = ScoringLexicon.builtIn().tokenizer();
    private static final String ANSWER = "I cannot wait. Gonna lead Teams, wanna GROW; we're gotta-be planning "
            + "growth with my company's clients. Would I? Could I! I'd worked as a Café manager for 3 years, e.g. "
            + "organising rotas, and I won't stop. Cannot, GONNA, Wanna.";

    @Test
    void anAnswerReadWithAWarmMemoGivesTheSameTokensAsWithACold() {
        Tokens cold = new Tokens();
        TOKENIZER.tokenize(ANSWER, cold, false);
        Tokens warm = new Tokens();
        TOKENIZER.tokenize(ANSWER, warm, false);
        TOKENIZER.tokenize(ANSWER, warm, false);

        assertEquals(cold.count, warm.count);
        assertArrayEquals(Arrays.copyOf(cold.start, cold.count), Arrays.copyOf(warm.start, warm.count));
        assertArrayEquals(Arrays.copyOf(cold.end, cold.count), Arrays.copyOf(warm.end, warm.count));
        assertArrayEquals(Arrays.copyOf(cold.id, cold.count), Arrays.copyOf(warm.id, warm.count));
        assertArrayEquals(Arrays.copyOf(cold.hash, cold.count), Arrays.copyOf(warm.hash, warm.count));
        assertArrayEquals(Arrays.copyOf(cold.flags, cold.count), Arrays.copyOf(warm.flags, warm.count));
        assertArrayEquals(Arrays.copyOf(cold.clause, cold.count), Arrays.copyOf(warm.clause, warm.count));
        assertEquals(cold.sentences, warm.sentences);
        assertEquals(cold.words, warm.words);
    }

    @Test
    void twoWordsWrittenAsOneStayTwoWordsWhenTheMemoKnowsThem() {
        Tokens tokens = new Tokens();
        TOKENIZER.tokenize("cannot gonna wanna gotta", tokens, false);
        TOKENIZER.tokenize("cannot gonna wanna gotta", tokens, false);

        assertEquals(8, tokens.count);
        assertEquals("can", tokens.slice(0, 0));
        assertEquals(4, tokens.words);
    }
}
