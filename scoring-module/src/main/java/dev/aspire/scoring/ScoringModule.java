package dev.aspire.scoring;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import dev.aspire.core.scoring.AnswerScorer;

/**
 * Binds the default {@link AnswerScorer}, which another module can replace with
 * {@code OptionalBinder.newOptionalBinder(binder(), AnswerScorer.class).setBinding()}, and the set of extra
 * {@link LexiconSource}s through which packs and plugins add phrases, archetype signals and lenses.
 */
public final class ScoringModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), LexiconSource.class);
        OptionalBinder.newOptionalBinder(binder(), AnswerScorer.class).setDefault().to(LexiconAnswerScorer.class);
    }
}
