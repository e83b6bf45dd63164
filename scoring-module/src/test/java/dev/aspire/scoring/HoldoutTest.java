package dev.aspire.scoring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A second set, written after the lexicon was tuned on the calibration set and in other words, to check
 * that the scorer generalises. Only the set's overall measures are held to thresholds (recorded in the
 * README), since single answers here were not tuned for.
 */
class HoldoutTest {
    static final double MIN_AUC = 0.95;
    static final double MIN_MAJOR_FLAG_RECALL = 0.9;
    static final double MIN_MAJOR_FLAG_PRECISION = 0.9;
    static final double MIN_ARCHETYPE_ACCURACY = 0.8;

    @Test
    void theHoldoutSetClearsItsThresholds() {
        Calibration result = Calibration.score(Calibration.load("holdout.yaml"), Scorers.scorer(), Scorers.catalogue());
        String summary = String.format(Locale.ROOT,
                "answers %d, AUC %.3f, flag recall %.3f, flag precision %.3f, major-flag recall %.3f, "
                        + "major-flag precision %.3f, archetype accuracy %.3f",
                result.scored().size(), result.auc(), result.flagRecall(), result.flagPrecision(),
                result.majorFlagRecall(), result.majorFlagPrecision(), result.archetypeAccuracy());
        System.out.println("Holdout: " + summary);
        result.disagreements().forEach(line -> System.out.println("  " + line));
        assertTrue(result.auc() >= MIN_AUC, summary);
        assertTrue(result.majorFlagRecall() >= MIN_MAJOR_FLAG_RECALL, summary);
        assertTrue(result.majorFlagPrecision() >= MIN_MAJOR_FLAG_PRECISION, summary);
        assertTrue(result.archetypeAccuracy() >= MIN_ARCHETYPE_ACCURACY, summary);
    }
}
