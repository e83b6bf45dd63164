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
            CriterionScore[] scores = new CriterionScore[CRITERIA.size()];
            for (int c = 0; c < scores.length; c++) {
                scores[c] = CRITERIA.get(c).score(reading, facts);
            }
            List<RedFlag> flags = e.flags.find(reading, facts, request.wordsPerMinute());
            // An immutable list from the start: the report keeps it as it is instead of copying it.
            List<CriterionScore> criteria = List.of(e.cancel(scores, flags));
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
        /** A red flag's rule by its code, as an index into {@link #rules}. */
        private final Map<String, Integer> ruleByCode = new HashMap<>();
        private final List<FlagRule> rules;
        /** Per rule, per built-in criterion (in the order of {@link #CRITERIA}): whether it takes every point. */
        private final boolean[][] cancels;
        /** Per rule, per built-in criterion: whether it names a cost there, and how many points. */
        private final boolean[][] charges;
        private final int[][] costs;
        /** Per rule, the advice a criterion gives when the rule cancels it, or costs it points. */
        private final String[] cancelAdvice;
        private final String[] costAdvice;

        Engine(ScoringLexicon lexicon, List<String> archetypeIds) {
            this.lexicon = lexicon;
            this.reader = new AnswerReader(lexicon);
            this.flags = new FlagFinder(lexicon);
            this.detector = new ArchetypeDetector(lexicon.archetypeSignals(), archetypeIds);
            this.rules = lexicon.flags();
            int n = rules.size();
            cancels = new boolean[n][CRITERIA.size()];
            charges = new boolean[n][CRITERIA.size()];
            costs = new int[n][CRITERIA.size()];
            cancelAdvice = new String[n];
            costAdvice = new String[n];
            for (int r = 0; r < n; r++) {
                FlagRule rule = rules.get(r);
                ruleByCode.put(rule.code(), r);
                for (int c = 0; c < CRITERIA.size(); c++) {
                    String id = CRITERIA.get(c).id();
                    cancels[r][c] = rule.cancels().contains(id);
                    Integer cost = rule.costs().get(id);
                    charges[r][c] = cost != null;
                    costs[r][c] = cost == null ? 0 : cost;
                }
                cancelAdvice[r] = "No points while " + rule.code() + " stands: " + rule.advice();
                costAdvice[r] = rule.code() + " costs points here: " + rule.advice();
            }
        }

        /**
         * A flag that contradicts a criterion takes all its points; a minor one may dent it. The criterion's
         * advice then names the flag, so the lost points are explained where they are counted. The first flag
         * to cancel or charge a criterion is the one named; a flag raised at several places charges once.
         * {@code criteria} are the built-in criteria's scores, in order; they are replaced in place.
         */
        CriterionScore[] cancel(CriterionScore[] criteria, List<RedFlag> flags) {
            if (flags.isEmpty()) {
                return criteria;
            }
            int n = criteria.length;
            int[] cancelledBy = new int[n];
            int[] costBy = new int[n];
            int[] cost = new int[n];
            java.util.Arrays.fill(cancelledBy, -1);
            java.util.Arrays.fill(costBy, -1);
            boolean[] charged = new boolean[rules.size()];
            for (RedFlag flag : flags) {
                int r = ruleByCode.get(flag.code());
                for (int c = 0; c < n; c++) {
                    if (cancelledBy[c] < 0 && cancels[r][c]) {
                        cancelledBy[c] = r;
                    }
                }
                if (!charged[r]) {
                    charged[r] = true;
                    for (int c = 0; c < n; c++) {
                        if (charges[r][c]) {
                            cost[c] += costs[r][c];
                            if (costBy[c] < 0) {
                                costBy[c] = r;
                            }
                        }
                    }
                }
            }
            for (int c = 0; c < n; c++) {
                CriterionScore score = criteria[c];
                if (cancelledBy[c] >= 0 && score.points() > 0) {
                    criteria[c] = new CriterionScore(score.id(), 0, score.max(), score.evidence(),
                            cancelAdvice[cancelledBy[c]]);
                } else if (cost[c] > 0 && score.points() > 0) {
                    criteria[c] = new CriterionScore(score.id(), Math.max(0, score.points() - cost[c]), score.max(),
                            score.evidence(), costAdvice[costBy[c]]);
                }
            }
            return criteria;
        }
    }
}
