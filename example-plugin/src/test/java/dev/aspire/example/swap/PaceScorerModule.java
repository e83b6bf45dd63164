package dev.aspire.example.swap;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;
import dev.aspire.core.scoring.AnswerScorer;

/** Replaces Aspire's scorer with the pace scorer; every other module stays as it is. */
public final class PaceScorerModule extends AbstractModule {
    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), AnswerScorer.class).setBinding().toInstance(new PaceScorer());
    }
}
