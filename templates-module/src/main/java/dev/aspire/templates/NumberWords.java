package dev.aspire.templates;

/** Spells small whole numbers as words, as an answer says them: "ten years", "twenty-five years". */
final class NumberWords {
    private static final String[] UNITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"};

    private NumberWords() {
    }

    /** The number in words for 0-99; digits beyond that, where words would be clumsy. */
    static String of(int number) {
        if (number < 0 || number > 99) {
            return Integer.toString(number);
        }
        if (number < UNITS.length) {
            return UNITS[number];
        }
        String tens = TENS[number / 10];
        return number % 10 == 0 ? tens : tens + "-" + UNITS[number % 10];
    }

    /** "one year", "ten years". */
    static String years(int number) {
        return of(number) + (number == 1 ? " year" : " years");
    }
}
