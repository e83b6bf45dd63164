package dev.aspire.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aspire.core.plugin.RedFlagDetector;
import dev.aspire.core.plugin.ScoringCriterion;
import dev.aspire.core.scoring.CriterionScore;
import dev.aspire.core.scoring.RedFlag;
import dev.aspire.core.scoring.RedFlagKind;
import dev.aspire.core.scoring.ScoringRequest;
import dev.aspire.core.scoring.Severity;
import dev.aspire.core.scoring.Span;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A plugin that breaks the scoring contract fails loudly, naming itself, instead of skewing a score. */
class GuardsTest {
    private static final String PLUGIN = "plugin 'odd' (odd.jar)";
    private static final ScoringRequest REQUEST = ScoringRequest.of("I want to grow here.");

    @Test
    void aCriterionThatThrowsIsNamedWithItsPlugin() {
        GuardedCriterion criterion = criterion(request -> {
            throw new IllegalArgumentException("no words");
        });

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> criterion.score(REQUEST));

        assertEquals("plugin 'odd' (odd.jar): criterion 'odd-one' failed: IllegalArgumentException: no words",
                e.getMessage());
    }

    @Test
    void aCriterionMustScoreAsItselfOutOfItsOwnMaximum() {
        GuardedCriterion criterion = criterion(request -> new CriterionScore("other", 1, 3, List.of(), "Do more."));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> criterion.score(REQUEST));

        assertEquals("plugin 'odd' (odd.jar): criterion 'odd-one' returned a score for 'other' out of 3, not for"
                + " 'odd-one' out of 5", e.getMessage());
    }

    @Test
    void aCriterionsEvidenceMustBeWordsOfTheAnswer() {
        GuardedCriterion criterion = criterion(request -> new CriterionScore("odd-one", 5, 5,
                List.of(new Span(2, 6, "love")), "Keep it."));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> criterion.score(REQUEST));

        assertEquals("plugin 'odd' (odd.jar): criterion 'odd-one' gave evidence 2..6 that is not in the answer",
                e.getMessage());
    }

    @Test
    void aCriterionThatKeepsTheContractIsPassedThrough() {
        CriterionScore score = new CriterionScore("odd-one", 3, 5, List.of(Span.of(REQUEST.text(), 2, 6)), "More.");

        assertEquals(score, criterion(request -> score).score(REQUEST));
    }

    @Test
    void aDetectorMayOnlyRaiseItsOwnKindsAndItsFlagsComeInTextOrder() {
        RedFlag grow = flag("GROW", Severity.MINOR, 10, 14);
        RedFlag want = flag("GROW", Severity.MINOR, 2, 6);
        RedFlag stranger = flag("STRANGER", Severity.MAJOR, 2, 6);

        assertEquals(List.of(want, grow), detector(List.of(grow, want)).detect(REQUEST));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> detector(List.of(stranger)).detect(REQUEST));
        assertEquals("plugin 'odd' (odd.jar): red-flag detector [GROW] raised STRANGER (major), which is not one of"
                + " its kinds", e.getMessage());
    }

    private static GuardedCriterion criterion(Function<ScoringRequest, CriterionScore> score) {
        ScoringCriterion criterion = new ScoringCriterion() {
            @Override
            public String id() {
                return "odd-one";
            }

            @Override
            public int max() {
                return 5;
            }

            @Override
            public CriterionScore score(ScoringRequest request) {
                return score.apply(request);
            }
        };
        return new GuardedCriterion(PLUGIN, GuardsTest.class.getClassLoader(), "odd-one", 5, Optional.empty(),
                criterion);
    }

    private static GuardedDetector detector(List<RedFlag> flags) {
        List<RedFlagKind> kinds = List.of(new RedFlagKind("GROW", Severity.MINOR, "growth talk"));
        return new GuardedDetector(PLUGIN, GuardsTest.class.getClassLoader(), kinds, new RedFlagDetector() {
            @Override
            public List<RedFlagKind> kinds() {
                return kinds;
            }

            @Override
            public List<RedFlag> detect(ScoringRequest request) {
                return flags;
            }
        });
    }

    private static RedFlag flag(String code, Severity severity, int start, int end) {
        return new RedFlag(code, severity, Span.of(REQUEST.text(), start, end), "Say it another way.", Optional.empty());
    }
}
