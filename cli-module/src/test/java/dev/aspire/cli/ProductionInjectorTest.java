package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.AbstractModule;
import com.google.inject.ConfigurationException;
import com.google.inject.CreationException;
import com.google.inject.Injector;
import com.google.inject.multibindings.Multibinder;
import dev.aspire.core.CatalogueContribution;
import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.QuestionVariant;
import dev.aspire.core.answer.AnswerComposer;
import dev.aspire.data.AspireSettings;
import dev.aspire.data.ProfileReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductionInjectorTest {
    private static final AspireSettings SETTINGS = new AspireSettings(Path.of("/tmp/aspire-home"), List.of(), List.of());

    @Test
    void theProductionGraphBuildsAndServesTheCatalogueAndReaders() {
        Injector injector = AspireInjector.create(SETTINGS, List.of());
        assertEquals(5, injector.getInstance(DomainCatalogue.class).archetypes().size());
        assertSame(injector.getInstance(DomainCatalogue.class), injector.getInstance(DomainCatalogue.class));
        assertSame(injector.getInstance(ProfileReader.class), injector.getInstance(ProfileReader.class));
        assertEquals(SETTINGS, injector.getInstance(AspireSettings.class));
    }

    @Test
    void theProductionGraphWritesAnswersWithTheTemplatesModule() {
        Injector injector = AspireInjector.create(SETTINGS, List.of());
        AnswerComposer composer = injector.getInstance(AnswerComposer.class);
        assertEquals("dev.aspire.templates", composer.getClass().getPackageName());
    }

    @Test
    void unboundTypesAreNotCreatedBehindOurBack() {
        Injector injector = AspireInjector.create(SETTINGS, List.of());
        assertThrows(ConfigurationException.class, () -> injector.getInstance(Unbound.class));
    }

    @Test
    void anExtraModuleCanContributeCatalogueEntries() {
        Injector injector = AspireInjector.create(SETTINGS, List.of(new AbstractModule() {
            @Override
            protected void configure() {
                Multibinder.newSetBinder(binder(), CatalogueContribution.class).addBinding()
                        .toInstance(new ExtraQuestion());
            }
        }));
        assertTrue(injector.getInstance(DomainCatalogue.class).questionVariants().contains("why-us"));
    }

    @Test
    void aDuplicateContributionFailsWhenTheGraphIsBuilt() {
        CreationException e = assertThrows(CreationException.class, () -> AspireInjector.create(SETTINGS,
                List.of(new AbstractModule() {
                    @Override
                    protected void configure() {
                        Multibinder<CatalogueContribution> contributions =
                                Multibinder.newSetBinder(binder(), CatalogueContribution.class);
                        contributions.addBinding().toInstance(new ExtraQuestion());
                        contributions.addBinding().toInstance(new ExtraQuestion() {
                            @Override
                            public String source() {
                                return "a second plugin";
                            }
                        });
                    }
                })));
        assertTrue(e.getMessage().contains("duplicate question variant id 'why-us'"), e.getMessage());
    }

    static final class Unbound {
        @jakarta.inject.Inject
        Unbound() {
        }
    }

    static class ExtraQuestion implements CatalogueContribution {
        @Override
        public String source() {
            return "a test plugin";
        }

        @Override
        public List<QuestionVariant> questionVariants() {
            return List.of(new QuestionVariant("why-us", "Why do you want to work here?", "Say why this company."));
        }
    }
}
