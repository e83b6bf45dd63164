package dev.aspire.cli;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.multibindings.OptionalBinder;
import dev.aspire.core.AnswerArchetype;
import dev.aspire.core.AspirationKind;
import dev.aspire.core.CandidateProfile;
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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The composer and scorer are other modules' work; these stand-ins are bound the way a user's module would
 * replace them ({@code OptionalBinder.setBinding}), so the tests keep working once the real ones are merged.
 */
final class FakeServices {
    static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");
    static final AnswerArchetype SKILLS = new AnswerArchetype("skills-application", "Skills application",
            "carry skills over", "changing fields", "", List.of(AspirationKind.SKILL));

    private FakeServices() {
    }

    static Module module() {
        return module(new Scorer());
    }

    static Module module(AnswerScorer scorer) {
        return new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), AnswerComposer.class).setBinding().toInstance(new Composer());
                OptionalBinder.newOptionalBinder(binder(), AnswerScorer.class).setBinding().toInstance(scorer);
                OptionalBinder.newOptionalBinder(binder(), Clock.class).setBinding()
                        .toInstance(Clock.fixed(NOW, ZoneOffset.UTC));
            }
        };
    }

    /** The stand-in scorer and a fixed clock, with the production composer left in place. */
    static Module scorerOnly() {
        return new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), AnswerScorer.class).setBinding().toInstance(new Scorer());
                OptionalBinder.newOptionalBinder(binder(), Clock.class).setBinding()
                        .toInstance(Clock.fixed(NOW, ZoneOffset.UTC));
            }
        };
    }

    /** "As TITLE at COMPANY I will grow towards GOAL (question/interviewer)". */
    static final class Composer implements AnswerComposer {
        @Override
        public ComposedAnswer compose(AnswerRequest request) {
            CandidateProfile profile = request.profile();
            String text = "As " + profile.job().title() + " at " + profile.job().company() + " I will grow towards "
                    + profile.aspiration().goal() + " (" + request.question().id() + "/" + request.interviewer().id()
                    + ")";
            return new ComposedAnswer(text, request.archetype().orElse(SKILLS), request.question(),
                    request.interviewer(), text.split(" ").length);
        }

        @Override
        public ArchetypeRecommendation recommend(CandidateProfile profile) {
            return new ArchetypeRecommendation(SKILLS, "your skills carry over to the new field");
        }
    }

    /** 60 points for naming the company, up to 40 for length; "salary" is a major flag with a rewrite. */
    static final class Scorer implements AnswerScorer {
        @Override
        public ScoreReport score(ScoringRequest request) {
            String text = request.text();
            String company = request.job().map(TargetJob::company).orElse("");
            int companyPoints = !company.isEmpty() && text.contains(company) ? 60 : 0;
            int words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
            int lengthPoints = Math.min(40, words * 2);
            List<RedFlag> flags = new ArrayList<>();
            int salary = text.indexOf("salary");
            if (salary >= 0) {
                flags.add(new RedFlag("PERKS_FOCUS", Severity.MAJOR, Span.of(text, salary, salary + 6),
                        "speak of the work, not the pay", Optional.of("I want to grow with the team")));
            }
            int score = companyPoints + lengthPoints;
            Band band = flags.isEmpty() ? Band.of(score) : score >= Band.FAIR.from() ? Band.FAIR : Band.WEAK;
            return new ScoreReport(score, band, SKILLS.id(), List.of(
                    new CriterionScore("company-connection", companyPoints, 60, List.of(), "name the company"),
                    new CriterionScore("length", lengthPoints, 40, List.of(), "say a little more")),
                    flags, words, words * 60.0 / 140);
        }

        @Override
        public List<RedFlagKind> redFlagKinds() {
            return List.of(new RedFlagKind("PERKS_FOCUS", Severity.MAJOR, "pay or perks as the reason"),
                    new RedFlagKind("FILLER_WORDS", Severity.MINOR, "fillers such as 'um'"));
        }
    }
}
