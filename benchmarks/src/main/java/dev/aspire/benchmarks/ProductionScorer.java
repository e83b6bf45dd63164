package dev.aspire.benchmarks;

import com.google.inject.ConfigurationException;
import dev.aspire.cli.AspireInjector;
import dev.aspire.core.scoring.AnswerScorer;
import dev.aspire.data.AspireSettings;
import java.nio.file.Path;
import java.util.List;

/** The scorer exactly as the command line gets it: from the production graph, with no user packs or plugins. */
final class ProductionScorer {
    private ProductionScorer() {
    }

    static AnswerScorer get() {
        AspireSettings settings =
                new AspireSettings(Path.of("/nonexistent/aspire-benchmark-home"), List.of(), List.of());
        try {
            return AspireInjector.create(settings, List.of()).getInstance(AnswerScorer.class);
        } catch (ConfigurationException e) {
            throw new IllegalStateException("the production graph binds no AnswerScorer: the scoring benchmarks"
                    + " need the scoring module in AspireInjector.productionModules", e);
        }
    }
}
