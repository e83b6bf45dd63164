package dev.aspire.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.InterviewerRole;
import dev.aspire.core.QuestionVariant;
import dev.aspire.core.TargetJob;
import dev.aspire.core.scoring.AnswerScorer;
import dev.aspire.core.scoring.Band;
import dev.aspire.core.scoring.CriterionScore;
import dev.aspire.core.scoring.RedFlag;
import dev.aspire.core.scoring.ScoreReport;
import dev.aspire.core.scoring.ScoringRequest;
import dev.aspire.core.scoring.Span;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The scorer on arbitrary text: whatever a person pastes, it gives a report and never an exception. The
 * report keeps its promises: a score of 0-100 that is the sum of the criteria's points, each within its
 * criterion's maximum; the band that score falls in, never strong with a major flag; and every span of
 * evidence or flag inside the answer, its text the answer's own characters. The text is scored neutrally
 * and as one interviewer (chosen from the input's length, so a seed always replays the same way) hears it
 * for one job. The seeds in {@code ScorerFuzzTestInputs} run with every build; see "Fuzzing" in the README
 * for a longer run.
 */
class ScorerFuzzTest {
    private static final AnswerScorer SCORER = Scorers.scorer();
    private static final DomainCatalogue CATALOGUE = Scorers.catalogue();
    private static final List<InterviewerRole> INTERVIEWERS = CATALOGUE.interviewerRoles().all();
    private static final List<QuestionVariant> QUESTIONS = CATALOGUE.questionVariants().all();
    private static final TargetJob JOB = new TargetJob("Marketing Assistant", "Cacao & Co", "confectionery",
            "make fine chocolate an everyday joy");

    @FuzzTest
    void answer(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        check(text, SCORER.score(ScoringRequest.of(text)));
        InterviewerRole interviewer = INTERVIEWERS.get(bytes.length % INTERVIEWERS.size());
        QuestionVariant question = QUESTIONS.get(bytes.length % QUESTIONS.size());
        check(text, SCORER.score(new ScoringRequest(text, Optional.of(JOB), Optional.of(question),
                Optional.of(interviewer))));
    }

    private static void check(String text, ScoreReport report) {
        assertTrue(report.score() >= 0 && report.score() <= 100, "score " + report.score());
        Band expected = Band.of(report.score());
        if (expected == Band.STRONG && report.hasMajorFlag()) {
            expected = Band.FAIR;
        }
        assertEquals(expected, report.band(), "band of " + report.score());
        int points = 0;
        int max = 0;
        for (CriterionScore criterion : report.criteria()) {
            assertTrue(criterion.points() >= 0 && criterion.points() <= criterion.max(), criterion.id());
            points += criterion.points();
            max += criterion.max();
            criterion.evidence().forEach(span -> assertWithin(text, span));
        }
        assertEquals(100, max, "the built-in criteria add up to 100");
        assertEquals(points, report.score(), "the score is the sum of the criteria");
        for (RedFlag flag : report.flags()) {
            assertWithin(text, flag.span());
            assertNotEquals("", flag.advice().strip(), flag.code());
        }
        assertTrue(report.words() >= 0 && report.seconds() >= 0, "length");
    }

    private static void assertWithin(String text, Span span) {
        assertTrue(span.start() >= 0 && span.end() <= text.length() && span.start() <= span.end(),
                span.start() + ".." + span.end() + " of " + text.length());
        assertEquals(text.substring(span.start(), span.end()), span.text());
    }
}
