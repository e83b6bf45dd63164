package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.AbstractModule;
import com.google.inject.ConfigurationException;
import com.google.inject.CreationException;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import dev.aspire.core.CatalogueContribution;
import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.QuestionVariant;
import dev.aspire.core.answer.AnswerComposer;
import dev.aspire.core.plugin.ScoringCriterion;
import dev.aspire.core.scoring.AnswerScorer;
import dev.aspire.core.scoring.CriterionScore;
import dev.aspire.core.scoring.ScoreReport;
import dev.aspire.core.scoring.ScoringRequest;
import dev.aspire.data.AspireSettings;
import dev.aspire.data.ProfileReader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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
    void theProductionGraphScoresWithTheScoringModuleAndTellsTheTime() {
        Injector injector = AspireInjector.create(SETTINGS, List.of());
        assertEquals("dev.aspire.scoring", injector.getInstance(AnswerScorer.class).getClass().getPackageName());
        assertEquals(Clock.systemUTC(), injector.getInstance(Clock.class));
    }

    @Test
    void anExtraModuleCanReplaceTheScorerTheComposerAndTheClock() {
        AnswerScorer replacement = new FakeServices.Scorer();
        Injector injector = AspireInjector.create(SETTINGS, List.of(FakeServices.module(replacement)));
        assertSame(replacement, injector.getInstance(AnswerScorer.class));
        assertInstanceOf(FakeServices.Composer.class, injector.getInstance(AnswerComposer.class));
        assertEquals(FakeServices.NOW, injector.getInstance(Clock.class).instant());
    }

    @Test
    void anExtraModuleCanAddACriterionToTheProductionScorer() {
        ScoringCriterion brevity = new ScoringCriterion() {
            @Override
            public String id() {
                return "brevity";
            }

            @Override
            public int max() {
                return 5;
            }

            @Override
            public CriterionScore score(ScoringRequest request) {
                return new CriterionScore("brevity", 5, 5, List.of(), "Keep it under two minutes.");
            }
        };
        Injector injector = AspireInjector.create(SETTINGS, List.of(new AbstractModule() {
            @Override
            protected void configure() {
                Multibinder.newSetBinder(binder(), ScoringCriterion.class).addBinding().toInstance(brevity);
            }
        }));
        ScoreReport report = injector.getInstance(AnswerScorer.class)
                .score(ScoringRequest.of("I want to lead a team of analysts here within three years."));
        assertTrue(report.criteria().stream().anyMatch(criterion -> criterion.id().equals("brevity")),
                report.criteria().toString());
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

    @Test
    void theProductionGraphBuildsEverySingletonUpFront() {
        CountedContribution.built.set(0);
        AspireInjector.create(SETTINGS, List.of(countedContribution()));
        assertEquals(1, CountedContribution.built.get());
    }

    @Test
    void aCommandsGraphBuildsASingletonOnlyWhenItIsFirstUsed() {
        CountedContribution.built.set(0);
        Injector injector = AspireInjector.createForCommand(SETTINGS, List.of(countedContribution()));
        assertEquals(0, CountedContribution.built.get());
        assertTrue(injector.getInstance(DomainCatalogue.class).questionVariants().contains("why-us"));
        injector.getInstance(DomainCatalogue.class);
        assertEquals(1, CountedContribution.built.get());
    }

    @Test
    void aCommandsGraphStillRefusesUnboundTypesWhenItIsBuilt() {
        assertThrows(CreationException.class, () -> AspireInjector.createForCommand(SETTINGS,
                List.of(new AbstractModule() {
                    @Override
                    protected void configure() {
                        bind(NeedsUnbound.class);
                    }
                })));
    }

    @Test
    void aCommandsGraphReportsADuplicateWhenTheCatalogueIsFirstUsed() {
        Injector injector = AspireInjector.createForCommand(SETTINGS, List.of(new AbstractModule() {
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
        }));
        ProvisionException e = assertThrows(ProvisionException.class,
                () -> injector.getInstance(DomainCatalogue.class));
        assertTrue(e.getMessage().contains("duplicate question variant id 'why-us'"), e.getMessage());
    }

    private static AbstractModule countedContribution() {
        return new AbstractModule() {
            @Override
            protected void configure() {
                bind(CountedContribution.class).in(Singleton.class);
                Multibinder.newSetBinder(binder(), CatalogueContribution.class).addBinding()
                        .to(CountedContribution.class);
            }
        };
    }

    /** A contribution that counts how often the graph builds it, as a data-heavy one would read its files. */
    static final class CountedContribution extends ExtraQuestion {
        static final AtomicInteger built = new AtomicInteger();

        @jakarta.inject.Inject
        CountedContribution() {
            built.incrementAndGet();
        }
    }

    static final class NeedsUnbound {
        @jakarta.inject.Inject
        NeedsUnbound(Unbound unbound) {
        }
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
