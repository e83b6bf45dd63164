package dev.aspire.coach;

import com.google.inject.Guice;
import dev.aspire.core.AnswerArchetype;
import dev.aspire.core.Aspiration;
import dev.aspire.core.AspirationKind;
import dev.aspire.core.CandidateProfile;
import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.TargetJob;
import dev.aspire.core.answer.AnswerComposer;
import dev.aspire.core.answer.AnswerRequest;
import dev.aspire.core.answer.ArchetypeRecommendation;
import dev.aspire.core.answer.ComposedAnswer;
import dev.aspire.core.scoring.AnswerScorer;
import dev.aspire.core.scoring.Band;
import dev.aspire.core.scoring.CriterionScore;
import dev.aspire.core.scoring.RedFlag;
import dev.aspire.core.scoring.RedFlagKind;
import dev.aspire.core.scoring.ScoreReport;
import dev.aspire.core.scoring.ScoringRequest;
import dev.aspire.core.scoring.Severity;
import dev.aspire.core.scoring.Span;
import dev.aspire.data.DataModule;
import java.util.ArrayList;
import java.util.List;

/**
 * Stand-ins for the composer and scorer, which other modules provide: simple, deterministic, and enough
 * to show that the coach passes the right things through.
 */
final class Fakes {
    static final AnswerArchetype SKILLS = new AnswerArchetype("skills-application", "Skills application",
            "carry skills over", "changing fields", "", List.of(AspirationKind.SKILL));

    private Fakes() {
    }

    static DomainCatalogue catalogue() {
        return Guice.createInjector(new DataModule()).getInstance(DomainCatalogue.class);
    }

    static CandidateProfile profile() {
        return new CandidateProfile("Ten years serving tables", List.of("upselling", "menus", "rotas"),
                List.of("food", "teaching", "stories"), new Aspiration(AspirationKind.SKILL, "marketing manager", 10, ""),
                new TargetJob("Marketing Assistant", "Cacao & Co", "confectionery", "fine chocolate for all"),
                List.of("the role turns customer insight into campaigns"));
    }

    /** Writes "As TITLE at COMPANY ... (question/interviewer)" so tests can see what it was asked for. */
    static final class Composer implements AnswerComposer {
        @Override
        public ComposedAnswer compose(AnswerRequest request) {
            String text = "As " + request.profile().job().title() + " at " + request.profile().job().company()
                    + " I will grow towards " + request.profile().aspiration().goal() + " ("
                    + request.question().id() + "/" + request.interviewer().id() + ")";
            return new ComposedAnswer(text, request.archetype().orElse(SKILLS), request.question(),
                    request.interviewer(), text.split(" ").length);
        }

        @Override
        public ArchetypeRecommendation recommend(CandidateProfile profile) {
            return new ArchetypeRecommendation(SKILLS, "your skills carry over");
        }
    }

    /** 60 points for naming the company, 40 for length; "salary" is a major flag, "um" a minor one. */
    static final class Scorer implements AnswerScorer {
        @Override
        public ScoreReport score(ScoringRequest request) {
            String text = request.text();
            String company = request.job().map(TargetJob::company).orElse("");
            int companyPoints = !company.isEmpty() && text.contains(company) ? 60 : 0;
            int words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
            int lengthPoints = Math.min(40, words * 2);
            List<RedFlag> flags = new ArrayList<>();
            flag(flags, text, "salary", "PERKS_FOCUS", Severity.MAJOR);
            flag(flags, text, "um", "FILLER_WORDS", Severity.MINOR);
            int score = companyPoints + lengthPoints;
            Band band = Band.of(score);
            if (band == Band.STRONG && flags.stream().anyMatch(f -> f.severity() == Severity.MAJOR)) {
                band = Band.FAIR;
            }
            return new ScoreReport(score, band, SKILLS.id(), List.of(
                    new CriterionScore("company", companyPoints, 60, List.of(), "name the company"),
                    new CriterionScore("length", lengthPoints, 40, List.of(), "say a little more")),
                    flags, words, words * 60.0 / 140);
        }

        @Override
        public List<RedFlagKind> redFlagKinds() {
            return List.of(new RedFlagKind("PERKS_FOCUS", Severity.MAJOR, "pay or perks as the reason"),
                    new RedFlagKind("FILLER_WORDS", Severity.MINOR, "fillers such as 'um'"));
        }

        private static void flag(List<RedFlag> flags, String text, String word, String code, Severity severity) {
            int at = text.indexOf(word);
            if (at >= 0) {
                flags.add(new RedFlag(code, severity, Span.of(text, at, at + word.length()), "leave out '" + word + "'",
                        java.util.Optional.empty()));
            }
        }
    }
}
