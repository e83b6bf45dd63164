package dev.aspire.core.plugin;

import dev.aspire.core.scoring.CriterionScore;
import dev.aspire.core.scoring.ScoringRequest;
import java.util.Optional;

/**
 * One named thing an answer earns points for, contributed by a plugin and run by Aspire's scorer next to its
 * own criteria.
 *
 * <p>How it counts: the scorer adds up the points of every criterion that applies to the answer, its own and
 * the contributed ones, and scales that sum by the sum of their {@link #max()} to a score of 0-100; so a
 * criterion weighs in proportion to its maximum. Interviewer lenses leave contributed criteria at face value.
 * The report lists the criterion with its id, points, maximum, evidence and advice, like any other.
 *
 * <p>The contract, which Aspire checks on every call (a breach fails the command and names the plugin):
 * <ul>
 *   <li>{@link #id()} is stable, lower-case ({@code [a-z][a-z0-9-]*}) and used by no other criterion;</li>
 *   <li>{@link #max()} is 1-100 and the same on every call;</li>
 *   <li>{@link #score(ScoringRequest)} is deterministic, has no side effects, returns a score with this
 *       criterion's id and maximum, evidence spans that lie inside {@code request.text()}, and non-blank
 *       advice; it should read the text once, in time linear in its length.</li>
 * </ul>
 */
public interface ScoringCriterion {
    /** The criterion's stable id, e.g. {@code opens-with-a-moment}; shown to the user and in JSON output. */
    String id();

    /** The most points this criterion can give, 1-100. */
    int max();

    /**
     * The archetype this criterion judges, when it only makes sense for answers of that archetype: the scorer
     * then applies it only when it finds that the answer follows the archetype. Empty (the default) to apply
     * it to every answer.
     */
    default Optional<String> archetype() {
        return Optional.empty();
    }

    /** The points the answer earns, the words that earned or cost them, and one thing to do to earn more. */
    CriterionScore score(ScoringRequest request);
}
