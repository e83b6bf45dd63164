package dev.aspire.scoring;

import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.TargetJob;
import dev.aspire.core.scoring.AnswerScorer;
import dev.aspire.core.scoring.RedFlag;
import dev.aspire.core.scoring.ScoreReport;
import dev.aspire.core.scoring.ScoringRequest;
import dev.aspire.core.scoring.Severity;
import dev.aspire.data.DataFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A labelled answer set, scored, with the measures the README records. */
final class Calibration {
    /** One labelled answer, as written in the YAML file. */
    record Answer(String id, String label, List<String> codes, String archetype, String question, String role,
                  String company, String industry, String mission, String text, String notes) {
        Answer {
            codes = codes == null ? List.of() : List.copyOf(codes);
        }

        boolean isGood() {
            return "good".equals(label);
        }

        ScoringRequest request(DomainCatalogue catalogue) {
            Optional<TargetJob> job = role == null && company == null && industry == null ? Optional.empty()
                    : Optional.of(new TargetJob(role, company, industry, mission));
            return new ScoringRequest(text, job,
                    Optional.ofNullable(question).map(id -> catalogue.questionVariants().require(id)), Optional.empty());
        }
    }

    /** The file: a list of answers. */
    record File(List<Answer> answers) {
    }

    /** An answer and what the scorer made of it. */
    record Scored(Answer answer, ScoreReport report) {
        Set<String> codes() {
            Set<String> codes = new TreeSet<>();
            report.flags().forEach(flag -> codes.add(flag.code()));
            return codes;
        }

        Set<String> majorCodes() {
            Set<String> codes = new TreeSet<>();
            report.flags().stream().filter(f -> f.severity() == Severity.MAJOR).map(RedFlag::code).forEach(codes::add);
            return codes;
        }
    }

    private final List<Scored> scored;

    private Calibration(List<Scored> scored) {
        this.scored = scored;
    }

    static List<Answer> load(String resource) {
        return new DataFiles().readResource(Calibration.class, resource, File.class).answers();
    }

    static Calibration score(List<Answer> answers, AnswerScorer scorer, DomainCatalogue catalogue) {
        List<Scored> scored = new ArrayList<>();
        for (Answer answer : answers) {
            scored.add(new Scored(answer, scorer.score(answer.request(catalogue))));
        }
        return new Calibration(scored);
    }

    List<Scored> scored() {
        return scored;
    }

    /** The chance that a good answer outscores any other one (ties count half). */
    double auc() {
        double wins = 0;
        int pairs = 0;
        for (Scored good : scored) {
            if (!good.answer().isGood()) {
                continue;
            }
            for (Scored other : scored) {
                if (other.answer().isGood()) {
                    continue;
                }
                pairs++;
                int a = good.report().score();
                int b = other.report().score();
                wins += a > b ? 1 : a == b ? 0.5 : 0;
            }
        }
        return pairs == 0 ? 0 : wins / pairs;
    }

    /** Of the flags the labels expect, the share the scorer raised. */
    double flagRecall() {
        return recall(code -> true);
    }

    /** The same for major flags only, the ones that cost offers. */
    double majorFlagRecall() {
        return recall(Calibration::isMajor);
    }

    double flagPrecision() {
        return precision(code -> true);
    }

    double majorFlagPrecision() {
        return precision(Calibration::isMajor);
    }

    private static final Set<String> MINOR = Set.of("OTHER_EMPLOYER", "FILLER_WORDS", "HEDGING", "TOO_SHORT", "TOO_LONG");

    static boolean isMajor(String code) {
        return !MINOR.contains(code);
    }

    private double recall(java.util.function.Predicate<String> counted) {
        int expected = 0;
        int found = 0;
        for (Scored s : scored) {
            for (String code : s.answer().codes()) {
                if (!counted.test(code)) {
                    continue;
                }
                expected++;
                found += s.codes().contains(code) ? 1 : 0;
            }
        }
        return expected == 0 ? 1 : (double) found / expected;
    }

    /** Of the flags the scorer raised, the share the labels expect. */
    private double precision(java.util.function.Predicate<String> counted) {
        int raised = 0;
        int right = 0;
        for (Scored s : scored) {
            for (String code : s.codes()) {
                if (!counted.test(code)) {
                    continue;
                }
                raised++;
                right += s.answer().codes().contains(code) ? 1 : 0;
            }
        }
        return raised == 0 ? 1 : (double) right / raised;
    }

    /** Of the answers labelled with an archetype, the share detected as that archetype. */
    double archetypeAccuracy() {
        int labelled = 0;
        int right = 0;
        for (Scored s : scored) {
            if (s.answer().archetype() != null) {
                labelled++;
                right += s.answer().archetype().equals(s.report().archetype()) ? 1 : 0;
            }
        }
        return labelled == 0 ? 1 : (double) right / labelled;
    }

    /** Answers whose band, flags or archetype disagree with their labels, one line each. */
    List<String> disagreements() {
        List<String> lines = new ArrayList<>();
        for (Scored s : scored) {
            String problem = problem(s);
            if (!problem.isEmpty()) {
                StringBuilder points = new StringBuilder();
                s.report().criteria().forEach(c -> points.append(' ').append(c.points()));
                lines.add(s.answer().id() + " (" + s.report().score() + " " + s.report().band().id() + " |"
                        + points + "): " + problem);
            }
        }
        return lines;
    }

    static String problem(Scored s) {
        Answer a = s.answer();
        List<String> problems = new ArrayList<>();
        Set<String> expected = new TreeSet<>(a.codes());
        if (!s.codes().containsAll(expected)) {
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(s.codes());
            problems.add("missing " + missing);
        }
        Set<String> extra = new TreeSet<>(s.codes());
        extra.removeAll(expected);
        if (!extra.isEmpty()) {
            problems.add("unexpected " + extra);
        }
        switch (a.label()) {
            case "good" -> {
                if (!s.report().band().id().equals("strong")) {
                    problems.add("not strong");
                }
            }
            case "weak" -> {
                if (s.report().band().id().equals("strong")) {
                    problems.add("strong");
                }
            }
            default -> {
            }
        }
        if (a.archetype() != null && !a.archetype().equals(s.report().archetype())) {
            problems.add("archetype " + s.report().archetype());
        }
        return String.join("; ", problems);
    }
}
