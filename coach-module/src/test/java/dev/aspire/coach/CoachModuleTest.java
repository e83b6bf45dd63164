package dev.aspire.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import com.google.inject.multibindings.OptionalBinder;
import dev.aspire.data.DataModule;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CoachModuleTest {
    @Test
    void bindsTheRoutinesInAHardenedProductionGraphWithoutAComposerOrScorer() {
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new DataModule(), new CoachModule(),
                new AbstractModule() {
                    @Override
                    protected void configure() {
                        binder().requireExplicitBindings();
                        binder().disableCircularProxies();
                        binder().requireAtInjectOnConstructors();
                    }
                });

        assertNotNull(injector.getInstance(PreparationExercise.class));
        assertNotNull(injector.getInstance(PracticePlanner.class));
        assertNotNull(injector.getInstance(PracticeHistory.class));
        assertNotNull(injector.getInstance(FollowUpQuestions.class));
        assertEquals(Clock.systemUTC(), injector.getInstance(Clock.class));
    }

    @Test
    void aFixedClockReplacesTheDefault() {
        Clock fixed = Clock.fixed(Instant.parse("2026-11-21T09:30:00Z"), ZoneOffset.UTC);

        Injector injector = Guice.createInjector(new DataModule(), new CoachModule(), new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), Clock.class).setBinding().toInstance(fixed);
            }
        });

        assertEquals(fixed, injector.getInstance(Clock.class));
    }
}
