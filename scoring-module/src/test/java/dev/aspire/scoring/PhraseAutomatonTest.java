package dev.aspire.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The automaton remembers the trie's steps; whatever it has remembered or forgotten, it must find the same
 * phrases, at the same places and in the same order, as walking the trie word by word.
 */
class PhraseAutomatonTest {
    private static final ScoringLexicon LEXICON = ScoringLexicon.builtIn();
    private static final List<String> ANSWERS = List.of(
            "In five years I would like to lead a small team of analysts and mentor new starters.",
            "I don't see myself staying here for long; I want to move to Canada next year and retrain as a nurse.",
            "Honestly I just need a job for a year or so, then I'll go back to university to do a master's degree.",
            "I have worked in retail for 9 years, trained 12 new staff and ran the shift on weekends.",
            "My own bakery one day! I want to start my own small business and help local people grow their own.",
            "I'm not sure. Maybe management? I never really thought about it, to be honest. Money matters most.",
            "I'd love to become the person others come to for analysis at [Company], in the {role} team.",
            "Leave, leave, leave: help them help them help them start; give it two years, give it 2 years.",
            "");

    @Test
    void findsWhatTheWordByWordWalkFinds() {
        PhraseAutomaton automaton = new PhraseAutomaton(LEXICON.trie());
        for (int round = 0; round < 2; round++) {
            for (String answer : ANSWERS) {
                assertEquals(walked(answer), matched(automaton, answer), answer);
            }
        }
    }

    @Test
    void findsTheSameWhenItsTableFillsAndIsCleared() {
        PhraseAutomaton small = new PhraseAutomaton(LEXICON.trie(), 1 << 10, 24, 1 << 10);
        String all = String.join(" ", ANSWERS);
        for (int round = 0; round < 3; round++) {
            assertEquals(walked(all), matched(small, all));
            assertTrue(small.states() < 24, "states " + small.states());
        }
    }

    @Test
    void aPhraseDoesNotReachAcrossAClauseBreak() {
        PhraseAutomaton automaton = new PhraseAutomaton(LEXICON.trie());
        List<String> joined = matched(automaton, "I want to lead a small team.");
        List<String> broken = matched(automaton, "I want to lead; a small team.");

        assertTrue(joined.stream().anyMatch(found -> found.endsWith("lead a small team")), joined.toString());
        assertTrue(broken.stream().noneMatch(found -> found.contains("lead; a")), broken.toString());
    }

    @Test
    void keepsTheWalksOrderForMatchesEndingAtTheSameWord() {
        String answer = "give it two years, give it 2 years, give this job a couple of years";
        Occurrences walked = occurrences(answer, null).found();
        Occurrences matched = occurrences(answer, new PhraseAutomaton(LEXICON.trie())).found();

        assertArrayEquals(Arrays.copyOf(walked.signal, walked.count), Arrays.copyOf(matched.signal, matched.count));
        assertArrayEquals(Arrays.copyOf(walked.start, walked.count), Arrays.copyOf(matched.start, matched.count));
    }

    private static List<String> walked(String answer) {
        return occurrences(answer, null).describe();
    }

    private static List<String> matched(PhraseAutomaton automaton, String answer) {
        return occurrences(answer, automaton).describe();
    }

    /** Walks the trie when {@code automaton} is null. */
    private static Read occurrences(String answer, PhraseAutomaton automaton) {
        Tokens tokens = new Tokens();
        LEXICON.tokenizer().tokenize(answer, tokens, false);
        Occurrences found = new Occurrences();
        found.reset(LEXICON.signals().size());
        if (automaton == null) {
            LEXICON.trie().match(tokens, found);
        } else {
            automaton.match(tokens, found);
        }
        return new Read(tokens, found);
    }

    private record Read(Tokens tokens, Occurrences found) {
        List<String> describe() {
            List<String> described = new ArrayList<>();
            for (int o = 0; o < found.count; o++) {
                described.add(LEXICON.signals().ids[found.signal[o]] + " " + found.start[o] + "-" + found.end[o] + " "
                        + tokens.slice(found.start[o], found.end[o] - 1));
            }
            return described;
        }
    }
}
