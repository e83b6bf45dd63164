package dev.aspire.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aspire.core.scoring.Band;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The calibration set: every labelled answer scores as labelled, and the set as a whole clears the
 * thresholds recorded in the README's "Scoring" section.
 */
class CalibrationTest {
    static final double MIN_AUC = 0.95;
    static final double MIN_FLAG_RECALL = 0.95;
    static final double MIN_FLAG_PRECISION = 0.92;
    static final double MIN_MAJOR_FLAG_RECALL = 0.95;
    static final double MIN_MAJOR_FLAG_PRECISION = 0.92;
    static final double MIN_ARCHETYPE_ACCURACY = 0.85;

    private static final List<Calibration.Answer> ANSWERS = Calibration.load("calibration.yaml");
    private static final Calibration RESULT = Calibration.score(ANSWERS, Scorers.scorer(), Scorers.catalogue());

    @TestFactory
    Stream<DynamicTest> everyAnswerScoresAsLabelled() {
        return RESULT.scored().stream().map(s -> DynamicTest.dynamicTest(s.answer().id(), () -> {
            assertTrue(s.codes().containsAll(s.answer().codes()),
                    () -> "expected " + s.answer().codes() + " but found " + s.codes());
            switch (s.answer().label()) {
                case "good" -> {
                    assertEquals(Band.STRONG, s.report().band(), () -> "score " + s.report().score());
                    assertTrue(s.majorCodes().isEmpty(), () -> "major flags " + s.majorCodes());
                }
                case "weak" -> {
                    assertTrue(s.report().band() != Band.STRONG, () -> "strong at " + s.report().score());
                    assertTrue(s.majorCodes().isEmpty(), () -> "major flags " + s.majorCodes());
                }
                case "red-flag" -> assertTrue(!s.answer().codes().isEmpty(), "a red-flag answer names its flags");
                default -> throw new AssertionError("unknown label " + s.answer().label());
            }
            assertTrue(s.answer().codes().containsAll(s.majorCodes()),
                    () -> "unexpected major flags " + s.majorCodes());
        }));
    }

    @Test
    void theSetIsLargeAndCoversEveryCodeSeveralTimes() {
        assertTrue(ANSWERS.size() >= 80, "at least 80 answers");
        for (var kind : Scorers.scorer().redFlagKinds()) {
            long uses = ANSWERS.stream().filter(a -> a.codes().contains(kind.code())).count();
            assertTrue(uses >= 3, kind.code() + " is labelled only " + uses + " times");
        }
    }

    @Test
    void theSetClearsTheRecordedThresholds() {
        String summary = String.format(Locale.ROOT,
                "answers %d, AUC %.3f, flag recall %.3f, flag precision %.3f, major-flag recall %.3f, "
                        + "major-flag precision %.3f, archetype accuracy %.3f",
                ANSWERS.size(), RESULT.auc(), RESULT.flagRecall(), RESULT.flagPrecision(), RESULT.majorFlagRecall(),
                RESULT.majorFlagPrecision(), RESULT.archetypeAccuracy());
        System.out.println("Calibration: " + summary);
        RESULT.disagreements().forEach(line -> System.out.println("  " + line));
        assertTrue(RESULT.auc() >= MIN_AUC, summary);
        assertTrue(RESULT.flagRecall() >= MIN_FLAG_RECALL, summary);
        assertTrue(RESULT.flagPrecision() >= MIN_FLAG_PRECISION, summary);
        assertTrue(RESULT.majorFlagRecall() >= MIN_MAJOR_FLAG_RECALL, summary);
        assertTrue(RESULT.majorFlagPrecision() >= MIN_MAJOR_FLAG_PRECISION, summary);
        assertTrue(RESULT.archetypeAccuracy() >= MIN_ARCHETYPE_ACCURACY, summary);
    }
}
