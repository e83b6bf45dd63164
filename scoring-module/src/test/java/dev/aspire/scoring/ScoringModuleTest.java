package dev.aspire.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import dev.aspire.core.AnswerArchetype;
import dev.aspire.core.CatalogueContribution;
import dev.aspire.core.scoring.AnswerScorer;
import dev.aspire.core.scoring.Band;
import dev.aspire.core.scoring.RedFlagKind;
import dev.aspire.core.scoring.ScoreReport;
import dev.aspire.core.scoring.ScoringRequest;
import dev.aspire.data.DataModule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module's bindings, and how packs and plugins extend or replace the scorer. */
class ScoringModuleTest {
    private static final String APPRENTICE_ANSWER = "I left school at sixteen for an apprenticeship, learning on the "
            + "job while earning, and I want the same earn-while-you-learn path here to become a qualified electrician "
            + "within four years.";

    private static Injector injector(AbstractModule... extra) {
        List<com.google.inject.Module> modules = new java.util.ArrayList<>(List.of(new DataModule(), new ScoringModule()));
        modules.addAll(List.of(extra));
        return Guice.createInjector(Stage.PRODUCTION, modules);
    }

    /** A pack that adds an archetype to the catalogue. */
    private static final class ApprenticeshipPack extends AbstractModule {
        @Override
        protected void configure() {
            Multibinder.newSetBinder(binder(), CatalogueContribution.class).addBinding().toInstance(new CatalogueContribution() {
                @Override
                public String source() {
                    return "apprenticeship pack";
                }

                @Override
                public List<AnswerArchetype> archetypes() {
                    return List.of(new AnswerArchetype("apprenticeship-path", "Apprenticeship path",
                            "learning a trade on the job", "you are training in a trade", "", List.of()));
                }
            });
        }
    }

    @Test
    void bindsTheLexiconScorerByDefault() {
        AnswerScorer scorer = injector().getInstance(AnswerScorer.class);
        assertInstanceOf(LexiconAnswerScorer.class, scorer);
        assertEquals(15, scorer.redFlagKinds().size());
    }

    @Test
    void theClosedModuleScoresExactlyAsTheOpenOne() {
        AnswerScorer closed = Guice.createInjector(Stage.PRODUCTION, new DataModule(), ScoringModule.closed())
                .getInstance(AnswerScorer.class);
        assertInstanceOf(LexiconAnswerScorer.class, closed);
        ScoringRequest answer = ScoringRequest.of(APPRENTICE_ANSWER);
        assertEquals(injector().getInstance(AnswerScorer.class).score(answer), closed.score(answer));
    }

    @Test
    void anotherModuleCanReplaceTheScorer() {
        AnswerScorer fixed = new AnswerScorer() {
            @Override
            public ScoreReport score(ScoringRequest request) {
                return new ScoreReport(50, Band.FAIR, "none", List.of(), List.of(), 0, 0);
            }

            @Override
            public List<RedFlagKind> redFlagKinds() {
                return List.of();
            }
        };
        Injector injector = injector(new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), AnswerScorer.class).setBinding().toInstance(fixed);
            }
        });
        assertEquals(50, injector.getInstance(AnswerScorer.class).score(ScoringRequest.of("anything")).score());
    }

    @Test
    void aPackArchetypeWithoutSignalsIsNeverPickedAndBreaksNothing() {
        AnswerScorer scorer = injector(new ApprenticeshipPack()).getInstance(AnswerScorer.class);
        ScoreReport report = scorer.score(ScoringRequest.of(APPRENTICE_ANSWER));
        assertTrue(!report.archetype().equals("apprenticeship-path"), report.archetype());
    }

    @Test
    void aPluginLexiconGivesAPackArchetypeItsSignals() {
        LexiconSource signals = new LexiconSource() {
            @Override
            public String name() {
                return "apprenticeship lexicon";
            }

            @Override
            public String yaml() {
                return """
                        archetypes:
                          apprenticeship-path:
                            - "apprenticeship|apprentice|earn while (I|you) learn|earn-while-you-learn|learning on the job"
                            - "(qualified|journeyman|master) (electrician|plumber|carpenter|welder|mechanic)"
                        """;
            }
        };
        AnswerScorer scorer = injector(new ApprenticeshipPack(), new AbstractModule() {
            @Override
            protected void configure() {
                Multibinder.newSetBinder(binder(), LexiconSource.class).addBinding().toInstance(signals);
            }
        }).getInstance(AnswerScorer.class);
        assertEquals("apprenticeship-path", scorer.score(ScoringRequest.of(APPRENTICE_ANSWER)).archetype());
    }

    @Test
    void theBuiltInPhrasesAreListedForPlainTextSearchTools() {
        List<String> phrases = ScoringLexicon.builtIn().phrases();
        assertTrue(phrases.size() > 10_000, "phrases: " + phrases.size());
        assertTrue(phrases.contains("stepping stone"));
        assertTrue(phrases.stream().noneMatch(p -> p.contains("<") || p.contains("[") || p.contains("(")));
    }

    @Test
    void aBrokenLexiconFailsNamingItsFileAndPhrase() {
        LexiconSource broken = new LexiconSource() {
            @Override
            public String name() {
                return "my-pack/scoring.yaml";
            }

            @Override
            public String yaml() {
                return "signals:\n  - id: typo\n    phrases: [\"(leave|quit this job\"]\n";
            }
        };
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> ScoringLexicon.load(List.of(BuiltInLexicon.FILES.get(0), broken)));
        assertTrue(e.getMessage().contains("my-pack/scoring.yaml") && e.getMessage().contains("missing ')'"),
                e.getMessage());
    }
}
