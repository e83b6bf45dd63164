package dev.aspire.coach;

import java.util.List;
import java.util.Optional;

/**
 * How practice scores are moving: the latest, the best, the averages, and a one-line chart.
 *
 * @param count         how many scores
 * @param latest        the most recent score
 * @param best          the highest score
 * @param average       the mean of all scores, rounded
 * @param recentAverage the mean of the recent scores: the last {@link #WINDOW}, or the later half while there
 *                      are fewer than twice as many
 * @param change        the recent average minus the mean of as many scores just before them; empty until there
 *                      are at least two scores
 * @param sparkline     one block character per score, oldest first, for the last {@link #SPARKLINE_WIDTH}
 */
public record ScoreTrend(int count, int latest, int best, int average, int recentAverage, Optional<Integer> change,
                         String sparkline) {
    public static final int WINDOW = 5;
    public static final int SPARKLINE_WIDTH = 60;
    private static final String BLOCKS = "▁▂▃▄▅▆▇█";

    /** The trend of {@code scores}, oldest first; empty when there are none. */
    public static Optional<ScoreTrend> of(List<Integer> scores) {
        if (scores.isEmpty()) {
            return Optional.empty();
        }
        int count = scores.size();
        // With few scores, compare the later half with the earlier half; from ten on, the last five with the five before.
        int window = Math.min(WINDOW, Math.max(1, count / 2));
        List<Integer> recent = scores.subList(count - window, count);
        Optional<Integer> change = count < 2 ? Optional.empty()
                : Optional.of(mean(recent) - mean(scores.subList(Math.max(0, count - 2 * window), count - window)));
        return Optional.of(new ScoreTrend(count, scores.get(count - 1),
                scores.stream().mapToInt(Integer::intValue).max().orElseThrow(), mean(scores), mean(recent), change,
                sparkline(scores.subList(Math.max(0, count - SPARKLINE_WIDTH), count))));
    }

    /** Heights are on the fixed 0-100 scale, so a run of strong scores looks high and not merely level. */
    static String sparkline(List<Integer> scores) {
        StringBuilder line = new StringBuilder();
        for (int score : scores) {
            line.append(BLOCKS.charAt(Math.min(BLOCKS.length() - 1, score * BLOCKS.length() / 101)));
        }
        return line.toString();
    }

    private static int mean(List<Integer> scores) {
        return (int) Math.round(scores.stream().mapToInt(Integer::intValue).average().orElse(0));
    }
}
