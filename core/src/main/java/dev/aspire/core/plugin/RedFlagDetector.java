package dev.aspire.core.plugin;

import dev.aspire.core.scoring.RedFlag;
import dev.aspire.core.scoring.RedFlagKind;
import dev.aspire.core.scoring.ScoringRequest;
import java.util.List;

/**
 * Finds red flags of new kinds in an answer, contributed by a plugin and run by Aspire's scorer after its own
 * detectors. Its flags join the report in text order; a major one keeps the band below strong, as any other.
 *
 * <p>The contract, which Aspire checks on every call (a breach fails the command and names the plugin):
 * <ul>
 *   <li>{@link #kinds()} is not empty, and its codes are upper-case ({@code [A-Z][A-Z0-9_]*}), stable, and
 *       used by no other detector and by none of the scorer's own flags;</li>
 *   <li>{@link #detect(ScoringRequest)} is deterministic, has no side effects, and returns only flags whose
 *       code and severity are those of one of its kinds, with spans inside {@code request.text()}.</li>
 * </ul>
 */
public interface RedFlagDetector {
    /** Every kind of flag this detector can raise, major ones first; listed by the prep sheet. */
    List<RedFlagKind> kinds();

    /** The flags raised by the answer, in the order they appear in it; empty when there are none. */
    List<RedFlag> detect(ScoringRequest request);
}
