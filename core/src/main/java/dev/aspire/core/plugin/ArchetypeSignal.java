package dev.aspire.core.plugin;

import dev.aspire.core.scoring.ScoringRequest;
import dev.aspire.core.scoring.Span;
import java.util.List;

/**
 * Finds the signs that an answer follows one archetype, so that the scorer can name an archetype it does not
 * know itself, typically one a plugin adds. The scorer counts the spans a signal finds as evidence for its
 * archetype, next to its own evidence for every archetype, and names the archetype with the most.
 *
 * <p>The contract, which Aspire checks on every call: {@link #archetype()} is the id of an archetype in the
 * catalogue (this plugin's own, or any other), and {@link #find(ScoringRequest)} is deterministic and returns
 * distinct spans inside {@code request.text()}, in text order.
 */
public interface ArchetypeSignal {
    /** The id of the archetype this signal recognises. */
    String archetype();

    /** The words that show the answer follows the archetype; empty when it does not. */
    List<Span> find(ScoringRequest request);
}
