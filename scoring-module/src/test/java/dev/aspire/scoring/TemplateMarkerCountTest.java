package dev.aspire.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The tokenizer counts the template markers it finds, so that reading an answer without a job can skip looking
 * for them token by token when there are none.
 */
class TemplateMarkerCountTest {
    private static final Tokenizer TOKENIZER = ScoringLexicon.builtIn().tokenizer();

    @Test
    void everyKindOfMarkerIsCounted() {
        Tokens tokens = new Tokens();
        TOKENIZER.tokenize("I want to join [Company] as a {role}, then become a <job title> at ____.", tokens, false);

        assertEquals(4, tokens.placeholders);
    }

    @Test
    void anAnswerWithoutMarkersCountsNoneEvenAfterOneWithMarkers() {
        Tokens tokens = new Tokens();
        TOKENIZER.tokenize("I want to grow with [Company].", tokens, false);
        TOKENIZER.tokenize("I want to lead a team [soon, I hope] in five years.", tokens, false);

        assertEquals(0, tokens.placeholders);
    }
}
