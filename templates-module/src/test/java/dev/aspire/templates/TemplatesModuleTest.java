package dev.aspire.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.inject.AbstractModule;
import com.google.inject.Injector;
import com.google.inject.multibindings.OptionalBinder;
import dev.aspire.core.AnswerArchetype;
import dev.aspire.core.CandidateProfile;
import dev.aspire.core.answer.AnswerComposer;
import dev.aspire.core.answer.AnswerRequest;
import dev.aspire.core.answer.ArchetypeRecommendation;
import dev.aspire.core.answer.ComposedAnswer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The module's bindings, in a graph as strict as the application's. */
class TemplatesModuleTest {
    @TempDir
    Path home;

    @Test
    void theTemplateComposerIsTheDefaultAndASingleton() {
        Injector injector = Fixtures.injector(home, List.of());
        assertInstanceOf(TemplateComposer.class, Fixtures.composer(injector));
        assertSame(Fixtures.composer(injector), Fixtures.composer(injector));
        assertEquals(5, Fixtures.catalogue(injector).archetypes().size(), "no pack adds archetypes by default");
    }

    @Test
    void anotherModuleCanReplaceTheComposer() {
        AnswerComposer replacement = new AnswerComposer() {
            @Override
            public ComposedAnswer compose(AnswerRequest request) {
                throw new UnsupportedOperationException("a test double writes nothing");
            }

            @Override
            public ArchetypeRecommendation recommend(CandidateProfile profile) {
                AnswerArchetype archetype = new AnswerArchetype("plain", "Plain", "Plain.", "Always.", "", List.of());
                return new ArchetypeRecommendation(archetype, "always plain");
            }
        };
        Injector injector = Fixtures.injector(home, List.of(), new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), AnswerComposer.class).setBinding().toInstance(replacement);
            }
        });
        assertSame(replacement, Fixtures.composer(injector));
    }
}
