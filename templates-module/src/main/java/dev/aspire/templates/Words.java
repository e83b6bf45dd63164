package dev.aspire.templates;

/** Counts the words of an answer as a listener hears them: tokens with at least one letter or digit. */
final class Words {
    private Words() {
    }

    static int count(String text) {
        int words = 0;
        for (String token : text.strip().split("\\s+")) {
            if (token.chars().anyMatch(Character::isLetterOrDigit)) {
                words++;
            }
        }
        return words;
    }
}
