package dev.aspire.scoring;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.scoring.AnswerScorer;
import dev.aspire.data.DataModule;

/** The production scorer and catalogue, built once for all tests through the real Guice modules. */
final class Scorers {
    private static final Injector INJECTOR = Guice.createInjector(Stage.PRODUCTION, new DataModule(), new ScoringModule());

    private Scorers() {
    }

    static AnswerScorer scorer() {
        return INJECTOR.getInstance(AnswerScorer.class);
    }

    static DomainCatalogue catalogue() {
        return INJECTOR.getInstance(DomainCatalogue.class);
    }
}
