package dev.aspire.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aspire.core.InterviewerRole;
import dev.aspire.core.TargetJob;
import dev.aspire.core.scoring.AnswerScorer;
import dev.aspire.core.scoring.Band;
import dev.aspire.core.scoring.CriterionScore;
import dev.aspire.core.scoring.RedFlag;
import dev.aspire.core.scoring.ScoreReport;
import dev.aspire.core.scoring.ScoringRequest;
import dev.aspire.core.scoring.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The scorer as a user meets it: what it flags, what it lets pass, and how it explains itself. */
class AnswerScorerTest {
    private static final AnswerScorer SCORER = Scorers.scorer();
    private static final String GOOD = "I've spent six years as a server in a busy bistro, where I learned to read "
            + "guests and upsell desserts, and I tutor maths on weekends. My goal is to become a marketing manager "
            + "for a food brand within five years. This marketing assistant role is the natural next step, because "
            + "it turns what I know about customers into campaigns. I admire how Cacao & Co sources its cocoa, and "
            + "I'm excited to grow with your team and take on more responsibility here over the long term.";

    private static ScoreReport score(String text) {
        return SCORER.score(ScoringRequest.of(text));
    }

    private static Set<String> codes(ScoreReport report) {
        Set<String> codes = new TreeSet<>();
        report.flags().forEach(f -> codes.add(f.code()));
        return codes;
    }

    private static CriterionScore criterion(ScoreReport report, String id) {
        return report.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theScoreIsTheSumOfNamedCriteriaThatExplainThemselves() {
        ScoreReport report = score(GOOD);
        assertEquals(report.score(), report.criteria().stream().mapToInt(CriterionScore::points).sum());
        assertEquals(100, report.criteria().stream().mapToInt(CriterionScore::max).sum());
        assertEquals(List.of("concrete-aspiration", "role-connection", "company-connection", "evidence", "commitment",
                "enthusiasm", "question-fit", "structure", "length"), report.criteria().stream().map(CriterionScore::id).toList());
        for (CriterionScore c : report.criteria()) {
            assertFalse(c.advice().isBlank(), c.id());
            c.evidence().forEach(span -> assertEquals(GOOD.substring(span.start(), span.end()), span.text()));
        }
    }

    @Test
    void aMajorFlagKeepsTheBandBelowStrong() {
        ScoreReport report = score(GOOD + " Honestly, the pay is the main reason I applied.");
        assertTrue(report.hasMajorFlag());
        assertTrue(report.band() != Band.STRONG);
    }

    @Test
    void negationTurnsAWarningIntoCommitment() {
        assertTrue(codes(score("In a few years I want to go back to school for an MBA.")).contains("FURTHER_STUDY"));
        Set<String> negated = codes(score("I'm not planning to go back to school; I want to grow into a team lead here."));
        assertFalse(negated.contains("FURTHER_STUDY"), negated::toString);
        assertFalse(codes(score("I have no plans to leave this company; I want to lead its design team.")).contains("LEAVING_SOON"));
        assertFalse(codes(score("Starting my own business is not something I want; I'd rather lead a team here."))
                .contains("OWN_BUSINESS"));
    }

    @Test
    void wordsAreReadInTheirSenseNotAsKeywords() {
        Set<String> harmless = codes(score("I spent a year abroad teaching English, and I want to leave a mark on "
                + "this team by becoming its lead trainer within five years. I love explaining the benefits of solar power."));
        assertFalse(harmless.contains("LEAVING_SOON"), harmless::toString);
        assertFalse(harmless.contains("PERKS_FOCUS"), harmless::toString);
        ScoreReport banker = SCORER.score(new ScoringRequest("I help clients start businesses and grow them, and in five "
                + "years I want to lead a small-business lending team here.",
                Optional.of(new TargetJob("Business Banker", "First Valley Bank", "banking", "")), Optional.empty(),
                Optional.empty()));
        assertFalse(codes(banker).contains("OWN_BUSINESS"), codes(banker)::toString);
        ScoreReport payroll = SCORER.score(new ScoringRequest("I process salaries and benefits for 400 staff, and I want "
                + "to become a payroll manager here within five years.",
                Optional.of(new TargetJob("Payroll Specialist", "Northwind", "logistics", "")), Optional.empty(),
                Optional.empty()));
        assertFalse(codes(payroll).contains("PERKS_FOCUS"), codes(payroll)::toString);
        ScoreReport teacher = SCORER.score(new ScoringRequest("After the summer I go back to school with my pupils, and "
                + "I want to become head of year at this school within five years.",
                Optional.of(new TargetJob("Teacher", "Ashgrove Academy", "education", "")), Optional.empty(),
                Optional.empty()));
        assertFalse(codes(teacher).contains("FURTHER_STUDY"), codes(teacher)::toString);
    }

    @Test
    void pastPlansAreNotFuturePlans() {
        Set<String> past = codes(score("I ran my own cleaning business for two years and I left it to study. Now I want "
                + "to become an operations manager here within five years."));
        assertFalse(past.contains("OWN_BUSINESS"), past::toString);
        assertFalse(past.contains("LEAVING_SOON"), past::toString);
        assertTrue(codes(score("I used to think about an MBA, but now I want to become a senior analyst here."))
                .stream().noneMatch("FURTHER_STUDY"::equals));
    }

    @Test
    void aParticipleAfterBeDescribesTheCandidateRatherThanTellingThePast() {
        assertTrue(points(score("I am committed for the long run."), "commitment") > 0);
        assertTrue(points(score("You would get someone who is dedicated to this team for years to come."),
                "commitment") > 0);
        assertEquals(0, points(score("I committed to my last employer for the long run."), "commitment"));
    }

    private static int points(ScoreReport report, String criterion) {
        return report.criteria().stream().filter(c -> c.id().equals(criterion)).findFirst().orElseThrow().points();
    }

    @Test
    void repeatingWordsAndStuffingBuzzwordsEarnNothingExtra() {
        String once = "I'm excited about this role and passionate about design.";
        String stuffed = once + " I'm excited, thrilled, passionate, enthusiastic, eager, motivated and excited. "
                + "Excited! Passionate! Thrilled!";
        assertEquals(criterion(score(once), "enthusiasm").max(), criterion(score(stuffed), "enthusiasm").points());
        assertEquals(criterion(score(once), "enthusiasm").points(), criterion(score(stuffed), "enthusiasm").points());
        String goal = "My goal is to become a team lead within five years. ";
        assertEquals(score(goal).criteria().get(0).points(), score(goal.repeat(10)).criteria().get(0).points());
    }

    @Test
    void placeholdersLeftFromATemplateAreFlagged() {
        for (String text : List.of("I want to grow with [Company] as a senior analyst within five years.",
                "I'd love to grow as a {role} here within five years.",
                "I want to be a <job title> within five years.",
                "In five years I want to lead a team at XYZ Corp.")) {
            assertTrue(codes(score(text)).contains("PLACEHOLDER"), text);
        }
    }

    @Test
    void flagsQuoteTheAnswersOwnWordsAndOfferARewrite() {
        String text = "I'd stay for a year or two and then move on to a bigger company.";
        RedFlag flag = score(text).flags().stream().filter(f -> f.code().equals("LEAVING_SOON")).findFirst().orElseThrow();
        assertEquals(Severity.MAJOR, flag.severity());
        assertEquals(text.substring(flag.start(), flag.end()), flag.text());
        assertTrue(flag.rewrite().isPresent());
        assertFalse(flag.rewrite().get().contains("{"), "the rewrite has no template marker left");
    }

    @Test
    void anAnswerWithNoAspirationGetsNoGoalAndAShortOneIsTooShort() {
        ScoreReport report = score("I like working with people and I am a hard worker.");
        assertEquals(Set.of("NO_GOAL", "TOO_SHORT"), codes(report));
        assertEquals(Band.WEAK, report.band());
    }

    @Test
    void theSpeakingPaceTurnsWordsIntoSeconds() {
        ScoringRequest request = ScoringRequest.of(GOOD);
        ScoreReport calm = SCORER.score(request);
        ScoreReport fast = SCORER.score(request.withWordsPerMinute(200));
        assertEquals(calm.words() * 60.0 / 140, calm.seconds(), 0.06);
        assertTrue(fast.seconds() < calm.seconds());
    }

    @Test
    void theQuestionAsAskedChangesWhatCounts() {
        String text = "I'm hoping to gain hands-on experience with real clients, and in return I'll bring careful, "
                + "reliable work to your team.";
        var catalogue = Scorers.catalogue();
        ScoreReport hoping = SCORER.score(new ScoringRequest(text, Optional.empty(),
                Optional.of(catalogue.questionVariants().require("hoping-to-get")), Optional.empty()));
        ScoreReport fiveYears = SCORER.score(new ScoringRequest(text, Optional.empty(),
                Optional.of(catalogue.questionVariants().require("five-years")), Optional.empty()));
        assertEquals(8, criterion(hoping, "question-fit").points());
        assertEquals(0, criterion(fiveYears, "question-fit").points());
    }

    @Test
    void aRoleNoLensDescribesHearsTheAnswerTheNeutralWay() {
        InterviewerRole newcomer = new InterviewerRole("board-member", "A board member", "strategy", "think big");
        ScoreReport neutral = score(GOOD);
        ScoreReport heard = SCORER.score(ScoringRequest.of(GOOD).withInterviewer(Optional.of(newcomer)));
        assertEquals(neutral.score(), heard.score());
        assertEquals("board-member", heard.interviewer());
        assertTrue(heard.lens().contains("neutral"));
    }

    @Test
    void aLongAnswerIsReadWholeAndItsFlagsStayFew() {
        String huge = (GOOD + " Um, basically I guess the pay is good. ").repeat(3000);
        ScoreReport report = score(huge);
        assertTrue(report.words() > 200_000);
        assertTrue(codes(report).contains("TOO_LONG"));
        assertTrue(report.flags().size() <= 3 * SCORER.redFlagKinds().size(), "each flag keeps only its first places");
    }

    @Test
    void theScorerNamesItsCriteriaInTheOrderItsReportsListThem() {
        assertEquals(score(GOOD).criteria().stream().map(CriterionScore::id).toList(), SCORER.criterionIds());
        assertEquals(9, SCORER.criterionIds().size());
    }

    @Test
    void everyRedFlagKindIsListedMajorFirst() {
        List<String> codes = SCORER.redFlagKinds().stream().map(k -> k.code()).toList();
        assertEquals(List.of("LEAVING_SOON", "FURTHER_STUDY", "CAREER_CHANGE_AWAY", "OWN_BUSINESS", "PERKS_FOCUS",
                "NEGATIVITY", "NO_GOAL", "DOUBTS", "OVERREACH", "PLACEHOLDER", "OTHER_EMPLOYER", "FILLER_WORDS",
                "HEDGING", "TOO_SHORT", "TOO_LONG"), codes);
    }
}
