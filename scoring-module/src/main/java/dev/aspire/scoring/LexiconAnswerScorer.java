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
import java.util.HashMap;
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
            List<CriterionScore> criteria = new ArrayList<>(CRITERIA.size());
            for (Criterion criterion : CRITERIA) {
                criteria.add(criterion.score(reading, facts));
            }
            List<RedFlag> flags = e.flags.find(reading, facts, request.wordsPerMinute());
            criteria = e.cancel(criteria, flags);
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
        private final Map<String, FlagRule> rulesByCode = new HashMap<>();

        Engine(ScoringLexicon lexicon, List<String> archetypeIds) {
            this.lexicon = lexicon;
            this.reader = new AnswerReader(lexicon);
            this.flags = new FlagFinder(lexicon);
            this.detector = new ArchetypeDetector(lexicon.archetypeSignals(), archetypeIds);
            for (FlagRule rule : lexicon.flags()) {
                rulesByCode.put(rule.code(), rule);
            }
        }

        /**
         * A flag that contradicts a criterion takes all its points; a minor one may dent it. The criterion's
         * advice then names the flag, so the lost points are explained where they are counted.
         */
        List<CriterionScore> cancel(List<CriterionScore> criteria, List<RedFlag> flags) {
            if (flags.isEmpty()) {
                return criteria;
            }
            Map<String, String> cancelledBy = new HashMap<>();
            Map<String, Integer> cost = new HashMap<>();
            Map<String, String> costBy = new HashMap<>();
            for (RedFlag flag : flags) {
                FlagRule rule = rulesByCode.get(flag.code());
                for (String id : rule.cancels()) {
                    cancelledBy.putIfAbsent(id, flag.code());
                }
                rule.costs().forEach((id, points) -> {
                    if (costBy.putIfAbsent(id + "/" + flag.code(), flag.code()) == null) {
                        cost.merge(id, points, Integer::sum);
                        costBy.putIfAbsent(id, flag.code());
                    }
                });
            }
            List<CriterionScore> result = new ArrayList<>(criteria.size());
            for (CriterionScore c : criteria) {
                String code = cancelledBy.get(c.id());
                int lost = cost.getOrDefault(c.id(), 0);
                if (code != null && c.points() > 0) {
                    result.add(new CriterionScore(c.id(), 0, c.max(), c.evidence(),
                            "No points while " + code + " stands: " + rulesByCode.get(code).advice()));
                } else if (lost > 0 && c.points() > 0) {
                    String by = costBy.get(c.id());
                    result.add(new CriterionScore(c.id(), Math.max(0, c.points() - lost), c.max(), c.evidence(),
                            by + " costs points here: " + rulesByCode.get(by).advice()));
                } else {
                    result.add(c);
                }
            }
            return result;
        }
    }
}
