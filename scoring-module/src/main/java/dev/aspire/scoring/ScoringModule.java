package dev.aspire.scoring;

import com.google.inject.Binder;
import com.google.inject.Module;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import dev.aspire.core.plugin.ArchetypeSignal;
import dev.aspire.core.plugin.RedFlagDetector;
import dev.aspire.core.plugin.ScoringCriterion;
import dev.aspire.core.scoring.AnswerScorer;

/**
 * Binds the default {@link AnswerScorer}, which another module can replace with
 * {@code OptionalBinder.newOptionalBinder(binder(), AnswerScorer.class).setBinding()}, and the set of extra
 * {@link LexiconSource}s through which packs and plugins add phrases, archetype signals and lenses, and the
 * plugin API's sets of scoring criteria, red-flag detectors and archetype signals.
 */
public final class ScoringModule implements Module {
    // Not an AbstractModule: Guice searches a module's superclasses for provider methods at every start, and
    // AbstractModule's thirty-odd methods cost about 0.8 ms a module (see AspireInjector).
    @Override
    public void configure(Binder binder) {
        Multibinder.newSetBinder(binder, LexiconSource.class);
        // Plugins add to these sets; declared here so the scorer also works in a graph without plugins.
        Multibinder.newSetBinder(binder, ScoringCriterion.class);
        Multibinder.newSetBinder(binder, RedFlagDetector.class);
        Multibinder.newSetBinder(binder, ArchetypeSignal.class);
        OptionalBinder.newOptionalBinder(binder, AnswerScorer.class).setDefault().to(LexiconAnswerScorer.class);
    }
}
