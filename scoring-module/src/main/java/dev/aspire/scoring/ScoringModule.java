package dev.aspire.scoring;

import com.google.inject.Binder;
import com.google.inject.Module;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import dev.aspire.core.plugin.ArchetypeSignal;
import dev.aspire.core.plugin.RedFlagDetector;
import dev.aspire.core.plugin.ScoringCriterion;
import dev.aspire.core.scoring.AnswerScorer;
import java.util.Set;

/**
 * Binds the default {@link AnswerScorer}, which another module can replace with
 * {@code OptionalBinder.newOptionalBinder(binder(), AnswerScorer.class).setBinding()}, and the set of extra
 * {@link LexiconSource}s through which packs and plugins add phrases, archetype signals and lenses, and the
 * plugin API's sets of scoring criteria, red-flag detectors and archetype signals.
 *
 * <p>{@link #closed()} binds the same services for a graph that no other module extends.
 */
public final class ScoringModule implements Module {
    private static final TypeLiteral<Set<LexiconSource>> LEXICON_SOURCES = new TypeLiteral<>() { };
    private static final TypeLiteral<Set<ScoringCriterion>> CRITERIA = new TypeLiteral<>() { };
    private static final TypeLiteral<Set<RedFlagDetector>> DETECTORS = new TypeLiteral<>() { };
    private static final TypeLiteral<Set<ArchetypeSignal>> SIGNALS = new TypeLiteral<>() { };

    private final boolean extensible;

    /** The module that other modules can extend, as described above. */
    public ScoringModule() {
        this(true);
    }

    private ScoringModule(boolean extensible) {
        this.extensible = extensible;
    }

    /**
     * The module for a graph that no other module extends: the default scorer and the empty sets as plain
     * bindings. Each {@code OptionalBinder} and {@code Multibinder} adds about ten bindings of its own, and
     * every command builds its graph as it starts. A module that replaces the scorer or adds to a set needs
     * {@link #ScoringModule()}: beside this one, Guice refuses the graph for a key bound twice.
     */
    public static ScoringModule closed() {
        return new ScoringModule(false);
    }

    // Not an AbstractModule: Guice searches a module's superclasses for provider methods at every start, and
    // AbstractModule's thirty-odd methods cost about 0.8 ms a module (see AspireInjector).
    @Override
    public void configure(Binder binder) {
        if (extensible) {
            Multibinder.newSetBinder(binder, LexiconSource.class);
            // Plugins add to these sets; declared here so the scorer also works in a graph without plugins.
            Multibinder.newSetBinder(binder, ScoringCriterion.class);
            Multibinder.newSetBinder(binder, RedFlagDetector.class);
            Multibinder.newSetBinder(binder, ArchetypeSignal.class);
            OptionalBinder.newOptionalBinder(binder, AnswerScorer.class).setDefault().to(LexiconAnswerScorer.class);
        } else {
            // Provided, not bound to an instance: Guice searches an instance's class and every superclass for
            // members to inject, four JDK classes for an empty set, while a method reference has none.
            binder.bind(LEXICON_SOURCES).toProvider(Set::of);
            binder.bind(CRITERIA).toProvider(Set::of);
            binder.bind(DETECTORS).toProvider(Set::of);
            binder.bind(SIGNALS).toProvider(Set::of);
            binder.bind(AnswerScorer.class).to(LexiconAnswerScorer.class);
        }
    }
}
