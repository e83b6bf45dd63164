package dev.aspire.cli;

import dev.aspire.coach.Conversation;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * The preparation exercise on a terminal. Everything it says goes to stderr, so that stdout carries only
 * the command's result even while the questions are being asked.
 */
final class TerminalConversation implements Conversation {
    private final LineInput input;
    private final PrintWriter err;

    TerminalConversation(LineInput input, PrintWriter err) {
        this.input = input;
        this.err = err;
    }

    @Override
    public void step(String heading) {
        err.println();
        err.println(heading);
    }

    @Override
    public void tell(String text) {
        err.println(text);
    }

    @Override
    public void correct(String problem) {
        err.println("  ! " + problem);
    }

    @Override
    public String ask(String prompt) {
        err.print(prompt + ": ");
        err.flush();
        String reply = lineAfterPrompt().orElseThrow(() -> {
            err.println();
            return new UserInputException("the input ended during the exercise, at '" + prompt
                    + "'; nothing was written. Give an answer to every question, one per line");
        });
        if (!input.interactive()) {
            err.println(reply);
        }
        return reply;
    }

    /** The reply; a failure to read it ends the prompt's line first, so the error starts a line of its own. */
    private Optional<String> lineAfterPrompt() {
        try {
            return input.line();
        } catch (UserInputException e) {
            err.println();
            throw e;
        }
    }
}
