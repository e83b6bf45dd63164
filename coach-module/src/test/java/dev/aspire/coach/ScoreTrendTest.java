package dev.aspire.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScoreTrendTest {
    @Test
    void noScoresNoTrend() {
        assertTrue(ScoreTrend.of(List.of()).isEmpty());
    }

    @Test
    void oneScoreHasNoChangeYet() {
        ScoreTrend trend = ScoreTrend.of(List.of(64)).orElseThrow();

        assertEquals(64, trend.latest());
        assertEquals(Optional.empty(), trend.change());
        assertEquals(1, trend.sparkline().length());
    }

    @Test
    void theRecentScoresAreComparedWithTheOnesBefore() {
        ScoreTrend trend = ScoreTrend.of(List.of(40, 50, 60, 40, 50, 60, 70, 80, 90, 85)).orElseThrow();

        assertEquals(10, trend.count());
        assertEquals(85, trend.latest());
        assertEquals(90, trend.best());
        assertEquals(63, trend.average());
        assertEquals(77, trend.recentAverage(), "the last five: 60, 70, 80, 90, 85");
        assertEquals(Optional.of(29), trend.change(), "against 40, 50, 60, 40, 50, whose mean is 48");
    }

    @Test
    void theChartUsesTheWholeZeroToHundredScale() {
        assertEquals("▁▄█", ScoreTrend.of(List.of(0, 50, 100)).orElseThrow().sparkline());
        assertEquals("███", ScoreTrend.of(List.of(95, 97, 100)).orElseThrow().sparkline(),
                "steady strong scores look high, not flat at the bottom");
    }
}
