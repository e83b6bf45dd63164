package dev.aspire.templates;

import java.util.List;
import java.util.Locale;

/**
 * Chooses "a" or "an" by the sound that starts a phrase, not its first letter: "an hour", "a university",
 * "an HR lead", "a UX designer", "an 8-week plan".
 */
final class Articles {
    /** Letters whose spoken names start with a vowel sound, for initialisms such as "an MBA". */
    private static final String VOWEL_SOUND_LETTERS = "AEFHILMNORSX";
    private static final List<String> SILENT_H = List.of("hour", "honest", "honour", "honor", "heir");
    private static final List<String> VOWEL_LETTER_WITH_Y_SOUND = List.of("eu", "ewe", "one", "once");
    private static final List<String> UN_WORDS_WITH_VOWEL_SOUND = List.of("unimp", "unin", "unid");
    private static final int MAX_INITIALISM_LENGTH = 3;

    private Articles() {
    }

    /** "a" or "an" for {@code phrase}. */
    static String indefinite(String phrase) {
        String word = firstWord(phrase);
        if (word.isEmpty()) {
            return "a";
        }
        return startsWithVowelSound(word) ? "an" : "a";
    }

    private static boolean startsWithVowelSound(String word) {
        char first = word.charAt(0);
        if (Character.isDigit(first)) {
            return numberStartsWithVowelSound(word);
        }
        if (isInitialism(word)) {
            return VOWEL_SOUND_LETTERS.indexOf(Character.toUpperCase(first)) >= 0;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (SILENT_H.stream().anyMatch(lower::startsWith)) {
            return true;
        }
        if (VOWEL_LETTER_WITH_Y_SOUND.stream().anyMatch(lower::startsWith)) {
            return false;
        }
        return switch (lower.charAt(0)) {
            case 'a', 'e', 'i', 'o' -> true;
            case 'u' -> uStartsWithVowelSound(lower);
            default -> false;
        };
    }

    /** "an umbrella", "an unusual", but "a user", "a unit", "a utility". */
    private static boolean uStartsWithVowelSound(String lower) {
        if (lower.startsWith("uni")) {
            return UN_WORDS_WITH_VOWEL_SOUND.stream().anyMatch(lower::startsWith);
        }
        if (lower.startsWith("un") || lower.length() < 3) {
            return true;
        }
        boolean consonantThenVowel = !isVowel(lower.charAt(1)) && isVowel(lower.charAt(2));
        return !consonantThenVowel;
    }

    /** Spoken numbers: "an 8", "an 11", "an 18", "an 80", "an 800", "an 11,000" but "a 1", "a 110". */
    private static boolean numberStartsWithVowelSound(String word) {
        String digits = word.replace(",", "");
        int length = 0;
        while (length < digits.length() && Character.isDigit(digits.charAt(length))) {
            length++;
        }
        if (digits.charAt(0) == '8') {
            return true;
        }
        boolean elevenOrEighteen = digits.startsWith("11") || digits.startsWith("18");
        return elevenOrEighteen && length % 3 == 2;
    }

    /** Short all-capital words are read letter by letter (HR, MBA, NGO); longer ones as words (NASA). */
    private static boolean isInitialism(String word) {
        boolean allCapitals = word.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
        return allCapitals && (word.length() <= MAX_INITIALISM_LENGTH || word.chars().noneMatch(c -> isVowel((char) c)));
    }

    private static boolean isVowel(char c) {
        return "aeiouAEIOU".indexOf(c) >= 0;
    }

    private static String firstWord(String phrase) {
        int start = 0;
        while (start < phrase.length() && !Character.isLetterOrDigit(phrase.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < phrase.length() && (Character.isLetterOrDigit(phrase.charAt(end)) || phrase.charAt(end) == ',')) {
            end++;
        }
        String word = phrase.substring(start, end);
        return word.endsWith(",") ? word.substring(0, word.length() - 1) : word;
    }
}
