package dev.aspire.coach;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A conversation that answers from a script and remembers what it was told, like a person at a terminal. */
final class ScriptedConversation implements Conversation {
    private final Deque<String> answers;
    final List<String> told = new ArrayList<>();
    final List<String> corrections = new ArrayList<>();
    final List<String> prompts = new ArrayList<>();

    ScriptedConversation(String... answers) {
        this.answers = new ArrayDeque<>(List.of(answers));
    }

    @Override
    public void step(String heading) {
        told.add(heading);
    }

    @Override
    public void tell(String text) {
        told.add(text);
    }

    @Override
    public void correct(String problem) {
        corrections.add(problem);
    }

    @Override
    public String ask(String prompt) {
        prompts.add(prompt);
        if (answers.isEmpty()) {
            throw new IllegalStateException("the script ran out at '" + prompt + "'");
        }
        return answers.removeFirst();
    }

    boolean finished() {
        return answers.isEmpty();
    }
}
