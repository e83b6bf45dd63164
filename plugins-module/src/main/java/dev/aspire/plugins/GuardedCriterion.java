package dev.aspire.plugins;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.plugin.ScoringCriterion;
import dev.aspire.core.scoring.CriterionScore;
import dev.aspire.core.scoring.ScoringRequest;
import dev.aspire.core.scoring.Span;
import java.util.Optional;

/**
 * A plugin's criterion as the scorer sees it: its id, maximum and archetype as they were when the plugin was
 * checked, and every score held to the contract, so that a faulty plugin fails loudly, naming itself, rather
 * than skewing a score.
 */
final class GuardedCriterion implements ScoringCriterion {
    private final String plugin;
    private final ClassLoader loader;
    private final String id;
    private final int max;
    private final Optional<String> archetype;
    private final ScoringCriterion criterion;

    GuardedCriterion(String plugin, ClassLoader loader, String id, int max, Optional<String> archetype,
                     ScoringCriterion criterion) {
        this.plugin = requireNonNull(plugin, "plugin is null");
        this.loader = loader;
        this.id = requireNonNull(id, "id is null");
        this.max = max;
        this.archetype = requireNonNull(archetype, "archetype is null");
        this.criterion = requireNonNull(criterion, "criterion is null");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int max() {
        return max;
    }

    @Override
    public Optional<String> archetype() {
        return archetype;
    }

    @Override
    public CriterionScore score(ScoringRequest request) {
        CriterionScore score;
        try {
            score = ContextLoader.call(loader, () -> criterion.score(request));
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalStateException(plugin + ": criterion '" + id + "' failed: " + PluginProblem.describe(e), e);
        }
        if (score == null) {
            throw broken("returned no score");
        }
        if (!id.equals(score.id()) || score.max() != max) {
            throw broken("returned a score for '" + score.id() + "' out of " + score.max() + ", not for '" + id
                    + "' out of " + max);
        }
        for (Span span : score.evidence()) {
            if (!Spans.inside(span, request.text())) {
                throw broken("gave evidence " + span.start() + ".." + span.end() + " that is not in the answer");
            }
        }
        if (score.advice() == null || score.advice().isBlank()) {
            throw broken("gave no advice");
        }
        return score;
    }

    private IllegalStateException broken(String what) {
        return new IllegalStateException(plugin + ": criterion '" + id + "' " + what);
    }

    @Override
    public String toString() {
        return "criterion '" + id + "' of " + plugin;
    }
}
