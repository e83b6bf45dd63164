package dev.aspire.cli;

/** What a user types in answer to 'aspire prepare' and 'aspire practice', one reply per line. */
final class Replies {
    /** The whole preparation exercise for a server moving into marketing at a chocolate maker. */
    static final String EXERCISE = String.join("\n",
            "Ten years as a restaurant server, and a weekend maths tutor",
            "upselling", "reading what customers want", "explaining things clearly", "",
            "food and drink", "teaching", "storytelling", "",
            "1",                        // could work in food and drink
            "skill",                    // rather than the proposed kind
            "marketing manager", "10",
            "Marketing Assistant", "Cacao & Co", "confectionery", "making fine chocolate an everyday pleasure",
            "the role turns customer insight into campaigns",
            "Cacao & Co grows its marketing people from within") + "\n";

    static final String FIRST_ANSWER = String.join("\n",
            "For ten years I have served tables and learned what makes customers say yes.",
            "As Marketing Assistant at Cacao & Co I want to turn that into campaigns,",
            "and grow into a marketing manager here.") + "\n\n";

    static final String SECOND_ANSWER = "I mostly want the salary and a nicer commute.\n\n";

    private Replies() {
    }
}
