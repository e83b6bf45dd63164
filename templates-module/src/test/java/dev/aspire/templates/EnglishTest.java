package dev.aspire.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The small pieces of English that inserted values need to read naturally. */
class EnglishTest {
    @ParameterizedTest
    @CsvSource({
        "marketing manager, a", "operations manager, an", "hour-long talk, an", "honest broker, an",
        "university lecturer, a", "user researcher, a", "umbrella firm, an", "unusual role, an",
        "European buyer, a", "one-year contract, a", "HR lead, an", "MBA graduate, an", "UX designer, a",
        "NASA engineer, a", "NGO director, an", "8-week plan, an", "11-person team, an", "110-bed ward, a",
        "head of people, a", "X-ray technician, an"})
    void theArticleFollowsTheSoundNotTheLetter(String phrase, String article) {
        assertEquals(article, Articles.indefinite(phrase));
    }

    @Test
    void listsJoinWithCommasAndAFinalAnd() {
        assertEquals("", NaturalList.join(List.of()));
        assertEquals("tea", NaturalList.join(List.of("tea")));
        assertEquals("tea and cake", NaturalList.join(List.of("tea", "cake")));
        assertEquals("tea, cake and jam", NaturalList.join(List.of("tea", "cake", "jam")));
    }

    @Test
    void horizonsAreSpelledAsTheyAreSaid() {
        assertEquals("one year", NumberWords.years(1));
        assertEquals("ten years", NumberWords.years(10));
        assertEquals("twenty-five years", NumberWords.years(25));
        assertEquals("thirty years", NumberWords.years(30));
    }

    @Test
    void wordsAreWhatAListenerHears() {
        assertEquals(4, Words.count("Cacao & Co - makes chocolate."));
    }
}
