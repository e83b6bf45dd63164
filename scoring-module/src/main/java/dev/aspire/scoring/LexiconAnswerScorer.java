package dev.aspire.scoring;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.InterviewerRole;
import dev.aspire.core.QuestionVariant;
import dev.aspire.core.plugin.ArchetypeSignal;
import dev.aspire.core.plugin.RedFlagDetector;
import dev.aspire.core.plugin.ScoringCriterion;
import dev.aspire.core.scoring.AnswerScorer;
import dev.aspire.core.scoring.Band;
import dev.aspire.core.scoring.CriterionScore;
import dev.aspire.core.scoring.RedFlag;
import dev.aspire.core.scoring.RedFlagKind;
import dev.aspire.core.scoring.ScoreReport;
import dev.aspire.core.scoring.ScoringRequest;
import dev.aspire.core.scoring.Severity;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The default {@link AnswerScorer}: reads the answer against the scoring lexicon and explains every point.
 * The lexicon is read when the scorer is made. A command's graph makes each service only when the command asks
 * for it, and only a command that scores asks for the scorer; it asks early, on the thread that builds the
 * graph, so the lexicon is ready by the time the command has parsed its arguments. Thread-safe; each thread
 * reuses its own buffers.
 */
@Singleton
final class LexiconAnswerScorer implements AnswerScorer {
    /** Past this size an answer's buffers are released after scoring rather than kept for the next. */
    private static final int LARGE_ANSWER = 100_000;
    private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);
    private static final List<Criterion> CRITERIA = List.of(new ConcreteAspiration(), new RoleConnection(),
            new CompanyConnection(), new Evidence(), new Commitment(), new Enthusiasm(), new QuestionFit(),
            new Structure(), new SpeakingLength());
    /** Their ids in report order: the flag penalties' keys, and the start of {@link #criterionIds}. */
    private static final List<String> CRITERION_IDS = CRITERIA.stream().map(Criterion::id).toList();

    private final PluginScoring plugins;
    private final Engine engine;

    @Inject
    LexiconAnswerScorer(Provider<DomainCatalogue> catalogue, Set<LexiconSource> extraLexicons,
                        Set<ScoringCriterion> criteria, Set<RedFlagDetector> detectors, Set<ArchetypeSignal> signals) {
        this(catalogue, extraLexicons, criteria, detectors, signals, ScoringLexicon::builtIn);
    }

    /** A scorer that takes the built-in lexicon from {@code builtIn}, e.g. one read back from its image. */
    LexiconAnswerScorer(Provider<DomainCatalogue> catalogue, Set<LexiconSource> extraLexicons,
                        Set<ScoringCriterion> criteria, Set<RedFlagDetector> detectors, Set<ArchetypeSignal> signals,
                        Supplier<ScoringLexicon> builtIn) {
        requireNonNull(catalogue, "catalogue is null");
        requireNonNull(builtIn, "builtIn is null");
        this.plugins = new PluginScoring(List.copyOf(criteria), List.copyOf(detectors), List.copyOf(signals));
        this.engine = new Engine(lexicon(List.copyOf(extraLexicons), builtIn), catalogue.get().archetypes().ids());
    }

    @Override
    public ScoreReport score(ScoringRequest request) {
        requireNonNull(request, "request is null");
        Engine e = engine;
        Workspace work = WORKSPACE.get();
        try {
            JobWords job = e.reader.jobWords(request.job(), work);
            Reading reading = e.reader.read(request.text(), job, work);
            String question = request.question().map(QuestionVariant::id).orElse(QuestionFit.CAREER_ASPIRATIONS);
            AnswerFacts facts = AnswerFacts.of(reading, question, request.wordsPerMinute());
            CriterionScore[] scores = new CriterionScore[CRITERIA.size()];
            for (int c = 0; c < scores.length; c++) {
                scores[c] = CRITERIA.get(c).score(reading, facts);
            }
            List<RedFlag> flags = e.flags.find(reading, facts, request.wordsPerMinute());
            // An immutable list from the start: the report keeps it as it is instead of copying it.
            List<CriterionScore> criteria = List.of(e.penalties.apply(scores, flags));
            Map<String, Integer> pluginEvidence = plugins.isEmpty() ? Map.of() : plugins.archetypeEvidence(request);
            String archetype = e.detector.detect(reading, pluginEvidence);
            if (!plugins.isEmpty()) {
                criteria = plugins.addCriteria(criteria, archetype, request);
                flags = plugins.addFlags(flags, request);
            }
            Optional<InterviewerRole> interviewer = request.interviewer();
            if (interviewer.isPresent()) {
                Lens lens = e.lexicon.lens(interviewer.get().id());
                return report(LensWeighting.criteria(criteria, lens), LensWeighting.flags(flags, lens), archetype,
                        reading.words(), facts.seconds(), lens.role(), lens.reason());
            }
            return report(criteria, flags, archetype, reading.words(), facts.seconds(), "", "");
        } finally {
            if (request.text().length() > LARGE_ANSWER) {
                work.trim();
            }
        }
    }

    @Override
    public List<RedFlagKind> redFlagKinds() {
        return plugins.addKinds(engine.flags.rules().stream().map(FlagRule::kind).toList());
    }

    @Override
    public List<String> criterionIds() {
        List<String> ids = new ArrayList<>(CRITERION_IDS);
        ids.addAll(plugins.criterionIds());
        return List.copyOf(ids);
    }

    private static ScoreReport report(List<CriterionScore> criteria, List<RedFlag> flags, String archetype, int words,
                                      double seconds, String interviewer, String lens) {
        int points = 0;
        int max = 0;
        for (CriterionScore criterion : criteria) {
            points += criterion.points();
            max += criterion.max();
        }
        // The built-in criteria add up to 100; criteria from plugins are folded in by proportion.
        int score = max == 100 ? points : (int) Math.round(100.0 * points / max);
        Band band = Band.of(score);
        if (band == Band.STRONG) {
            for (RedFlag flag : flags) {
                if (flag.severity() == Severity.MAJOR) {
                    band = Band.FAIR;
                    break;
                }
            }
        }
        return new ScoreReport(score, band, archetype, criteria, flags, words, seconds, interviewer, lens);
    }

    /** The built-in lexicon, extended by the files packs and plugins add. */
    private static ScoringLexicon lexicon(List<LexiconSource> extraLexicons, Supplier<ScoringLexicon> builtIn) {
        if (extraLexicons.isEmpty()) {
            return builtIn.get();
        }
        List<LexiconSource> sources = new ArrayList<>(BuiltInLexicon.FILES);
        sources.addAll(extraLexicons);
        return ScoringLexicon.load(sources);
    }

    /** Everything compiled from the lexicon, built once. */
    private static final class Engine {
        final ScoringLexicon lexicon;
        final AnswerReader reader;
        final FlagFinder flags;
        final ArchetypeDetector detector;
        final FlagPenalties penalties;

        Engine(ScoringLexicon lexicon, List<String> archetypeIds) {
            this.lexicon = lexicon;
            this.reader = new AnswerReader(lexicon);
            this.flags = new FlagFinder(lexicon);
            this.detector = new ArchetypeDetector(lexicon.archetypeSignals(), archetypeIds);
            this.penalties = new FlagPenalties(lexicon.flags(), CRITERION_IDS);
        }
    }
}
