package dev.aspire.coach;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import java.time.Clock;

/**
 * Binds the job seeker's routines that need no composer or scorer: the exercise, the planner, the history
 * and the follow-up questions. {@link PracticeCoach} and {@link PrepSheetBuilder} are built by the caller
 * from whichever {@code AnswerComposer} and {@code AnswerScorer} it has, so that this module never makes
 * the graph depend on them. The clock is a default that tests replace with a fixed one.
 */
public final class CoachModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(PreparationExercise.class).in(Singleton.class);
        bind(PracticePlanner.class).in(Singleton.class);
        bind(PracticeHistory.class).in(Singleton.class);
        bind(FollowUpQuestions.class).in(Singleton.class);
        OptionalBinder.newOptionalBinder(binder(), Clock.class).setDefault().toInstance(Clock.systemUTC());
    }
}
