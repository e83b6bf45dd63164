package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.inject.Injector;
import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.answer.AnswerComposer;
import dev.aspire.data.AspireSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole production graph builds under the hardened injector and can write answers. */
class AspireInjectorTest {
    @TempDir
    Path home;

    @Test
    void theProductionGraphProvidesAnAnswerComposer() {
        Injector injector = AspireInjector.create(new AspireSettings(home, List.of(), List.of()), List.of());
        AnswerComposer composer = injector.getInstance(AnswerComposer.class);
        assertEquals("dev.aspire.templates", composer.getClass().getPackageName());
        assertEquals(5, injector.getInstance(DomainCatalogue.class).archetypes().size());
    }
}
