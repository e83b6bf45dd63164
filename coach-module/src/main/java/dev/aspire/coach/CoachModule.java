package dev.aspire.coach;

import com.google.inject.Binder;
import com.google.inject.Module;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import java.time.Clock;

/**
 * Binds the job seeker's routines that need no composer or scorer: the exercise, the planner, the history
 * and the follow-up questions. {@link PracticeCoach} and {@link PrepSheetBuilder} are built by the caller
 * from whichever {@code AnswerComposer} and {@code AnswerScorer} it has, so that this module never makes
 * the graph depend on them. The clock is a default that tests replace with a fixed one.
 *
 * <p>{@link #closed()} binds the same services for a graph that no other module extends.
 */
public final class CoachModule implements Module {
    private final boolean extensible;

    /** The module whose clock another module can replace, with {@code OptionalBinder.setBinding()}. */
    public CoachModule() {
        this(true);
    }

    private CoachModule(boolean extensible) {
        this.extensible = extensible;
    }

    /**
     * The module for a graph that no other module extends: the system clock as a plain binding, which Guice
     * builds faster than an {@code OptionalBinder} (about ten bindings). A module that replaces the clock
     * needs {@link #CoachModule()}.
     */
    public static CoachModule closed() {
        return new CoachModule(false);
    }

    // Not an AbstractModule: Guice searches a module's superclasses for provider methods at every start, and
    // AbstractModule's thirty-odd methods cost about 0.8 ms a module (see AspireInjector).
    @Override
    public void configure(Binder binder) {
        binder.bind(PreparationExercise.class).in(Singleton.class);
        binder.bind(PracticePlanner.class).in(Singleton.class);
        binder.bind(PracticeHistory.class).in(Singleton.class);
        binder.bind(FollowUpQuestions.class).in(Singleton.class);
        if (extensible) {
            OptionalBinder.newOptionalBinder(binder, Clock.class).setDefault().toInstance(Clock.systemUTC());
        } else {
            binder.bind(Clock.class).toInstance(Clock.systemUTC());
        }
    }
}
