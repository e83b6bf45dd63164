package dev.aspire.templates;

import dev.aspire.core.CandidateProfile;
import dev.aspire.core.answer.ComposedAnswer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every generated answer must get right, checked independently of the code that wrote it: a reader
 * would notice each of these at once.
 */
final class AnswerChecks {
    static final int MIN_WORDS = 90;
    static final int MAX_WORDS = 200;

    private static final Pattern STRAY_MARKER = Pattern.compile("[{}\\[\\]|\\\\]");
    private static final Pattern DOUBLED_WORD = Pattern.compile("(?i)\\b(\\p{L}+)\\s+\\1\\b");
    private static final Pattern ARTICLE = Pattern.compile("\\b(a|an|A|An)\\s+([\\p{L}\\p{N}-]+)");

    private AnswerChecks() {
    }

    /** Everything wrong with {@code answer}, each as a line that quotes the problem; empty when it is fine. */
    static List<String> problems(ComposedAnswer answer, CandidateProfile profile) {
        String text = answer.text();
        List<String> problems = new ArrayList<>();
        Matcher marker = STRAY_MARKER.matcher(text);
        if (marker.find()) {
            problems.add("stray template marker '" + marker.group() + "'");
        }
        Matcher doubled = DOUBLED_WORD.matcher(text);
        if (doubled.find()) {
            problems.add("doubled word '" + doubled.group() + "'");
        }
        Matcher article = ARTICLE.matcher(text);
        while (article.find()) {
            boolean an = article.group(1).equalsIgnoreCase("an");
            if (an != soundsLikeVowel(article.group(2))) {
                problems.add("wrong article in '" + article.group() + "'");
            }
        }
        int words = (int) Arrays.stream(text.strip().split("\\s+"))
                .filter(token -> token.chars().anyMatch(Character::isLetterOrDigit))
                .count();
        if (words < MIN_WORDS || words > MAX_WORDS) {
            problems.add(words + " words, outside " + MIN_WORDS + "-" + MAX_WORDS);
        }
        if (words != answer.words()) {
            problems.add("reports " + answer.words() + " words but has " + words);
        }
        requireNamed(problems, text, profile.job().company(), "the company");
        requireNamed(problems, text, profile.job().title(), "the role");
        long skills = profile.skills().stream().filter(skill -> contains(text, skill)).count();
        if (skills < 2) {
            problems.add("names " + skills + " of the skills, fewer than two");
        }
        return problems;
    }

    static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    static String lastSentence(String text) {
        String body = text.substring(0, text.length() - 1);
        int start = body.lastIndexOf(". ");
        return start < 0 ? text : text.substring(start + 2);
    }

    static boolean contains(String text, String phrase) {
        return text.toLowerCase(Locale.ROOT).contains(phrase.toLowerCase(Locale.ROOT));
    }

    private static void requireNamed(List<String> problems, String text, String value, String what) {
        if (!text.contains(value)) {
            problems.add("does not name " + what + " '" + value + "'");
        }
    }

    /** A deliberately plain rule, enough for the words these answers use. */
    private static boolean soundsLikeVowel(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
            return "aefhilmnorsx".indexOf(lower.charAt(0)) >= 0;
        }
        if (lower.startsWith("hour") || lower.startsWith("honest") || lower.startsWith("heir")) {
            return true;
        }
        if (lower.startsWith("uni") || lower.startsWith("use") || lower.startsWith("usu") || lower.startsWith("eu")
                || lower.startsWith("one")) {
            return false;
        }
        return "aeiou".indexOf(lower.charAt(0)) >= 0;
    }
}
