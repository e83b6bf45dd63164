package dev.aspire.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aspire.core.CandidateProfile;
import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.scoring.Band;
import dev.aspire.core.scoring.CriterionScore;
import dev.aspire.core.scoring.RedFlag;
import dev.aspire.core.scoring.ScoreReport;
import dev.aspire.core.scoring.Severity;
import dev.aspire.core.scoring.Span;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PracticeCoachTest {
    private final DomainCatalogue catalogue = Fakes.catalogue();
    private final PracticeCoach coach = new PracticeCoach(new Fakes.Composer(), new Fakes.Scorer());
    private final PracticeRound round = new PracticeRound(1, catalogue.questionVariants().require("five-years"),
            catalogue.interviewerRoles().require("internal-recruiter"));

    @Test
    void reviewsAnAnswerAgainstTheRoundsQuestionInterviewerAndJob() {
        CandidateProfile profile = Fakes.profile();

        Feedback feedback = coach.review(profile, round, "I want the salary at Cacao & Co");

        assertEquals(60 + 2 * 8, feedback.report().score(), "the company named, and eight words at two points each");
        assertEquals("PERKS_FOCUS", feedback.fixes().get(0).what(), "a major flag is the first thing to fix");
        assertEquals("length", feedback.fixes().get(1).what());
        assertTrue(feedback.comparison().text().endsWith("(five-years/internal-recruiter)"),
                feedback.comparison().text());
        assertEquals(60 + 2 * 14, feedback.comparisonScore(), "fourteen words at two points each");
    }

    @Test
    void majorFlagsComeFirstThenTheCriteriaThatLostMostThenMinorFlags() {
        String text = "um I left for the salary um";
        ScoreReport report = new ScoreReport(40, Band.WEAK, "skills-application", List.of(
                new CriterionScore("structure", 8, 10, List.of(), "tell it past, present, future"),
                new CriterionScore("company", 0, 20, List.of(), "name the company"),
                new CriterionScore("length", 10, 10, List.of(), "")),
                List.of(flag(text, "FILLER_WORDS", Severity.MINOR, 0, 2),
                        flag(text, "PERKS_FOCUS", Severity.MAJOR, 18, 24),
                        flag(text, "FILLER_WORDS", Severity.MINOR, 25, 27)), 7, 3.0);

        List<Fix> all = Fixes.mostValuable(report, 10);

        assertEquals(List.of("PERKS_FOCUS", "company", "structure", "FILLER_WORDS"),
                all.stream().map(Fix::what).toList(), "a flag raised twice is one fix; full marks are no fix");
        assertEquals(20, all.get(1).pointsLost());
        assertEquals("salary", all.get(0).words().orElseThrow().text());
        assertEquals(2, Fixes.mostValuable(report, 2).size());
    }

    @Test
    void anAttemptRecordsWhatWasAskedAndHowItScored() {
        Feedback feedback = coach.review(Fakes.profile(), round, "um Cacao & Co");

        PracticeAttempt attempt = PracticeAttempt.of(Instant.parse("2026-11-21T09:30:00Z"), Fakes.profile(), round,
                "um Cacao & Co", feedback.report());

        assertEquals(new PracticeAttempt("2026-11-21T09:30:00Z", "five-years", "internal-recruiter",
                "Marketing Assistant", "Cacao & Co", 68, Band.FAIR, List.of("FILLER_WORDS"), 4, "um Cacao & Co"),
                attempt);
    }

    private static RedFlag flag(String text, String code, Severity severity, int start, int end) {
        return new RedFlag(code, severity, Span.of(text, start, end), "advice", Optional.empty());
    }
}
