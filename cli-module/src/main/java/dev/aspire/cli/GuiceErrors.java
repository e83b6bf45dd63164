package dev.aspire.cli;

import com.google.inject.CreationException;
import com.google.inject.ProvisionException;
import com.google.inject.spi.Message;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the error a user can act on inside Guice's wrapping. Services read files while the graph is built
 * (the catalogue, template packs), and a broken pack must reach the user as its own one-line message, not
 * as Guice's report. Guice lists a failed singleton once per dependent, so the messages are compared by
 * what they say.
 */
final class GuiceErrors {
    private GuiceErrors() {
    }

    /** The single cause behind every message of {@code e}, or {@code e} itself when there is no single one. */
    static RuntimeException underlying(RuntimeException e) {
        Collection<Message> messages = e instanceof CreationException creation ? creation.getErrorMessages()
                : e instanceof ProvisionException provision ? provision.getErrorMessages() : List.of();
        Set<String> distinct = new HashSet<>();
        Throwable first = null;
        for (Message message : messages) {
            Throwable cause = message.getCause();
            if (cause == null) {
                return e;
            }
            distinct.add(cause.getClass().getName() + ": " + cause.getMessage());
            first = first == null ? cause : first;
        }
        return distinct.size() == 1 && first instanceof RuntimeException cause ? cause : e;
    }
}
