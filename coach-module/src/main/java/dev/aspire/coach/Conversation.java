package dev.aspire.coach;

/**
 * How the preparation exercise talks with a person: a terminal, a script's piped input, or a test.
 */
public interface Conversation {
    /** Shows the heading of a new step, such as "Step 2 of 5: what you care about". */
    void step(String heading);

    /** Shows an explanation or an option. */
    void tell(String text);

    /** Says what was wrong with the last answer, just before the question is asked again. */
    void correct(String problem);

    /**
     * Asks one question and returns the line typed, without its line break. An implementation throws
     * when the input has ended, since the exercise cannot finish without an answer.
     */
    String ask(String prompt);
}
