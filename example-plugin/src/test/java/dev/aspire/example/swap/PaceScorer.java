package dev.aspire.example.swap;

import dev.aspire.core.scoring.AnswerScorer;
import dev.aspire.core.scoring.Band;
import dev.aspire.core.scoring.CriterionScore;
import dev.aspire.core.scoring.RedFlagKind;
import dev.aspire.core.scoring.ScoreReport;
import dev.aspire.core.scoring.ScoringRequest;
import java.util.List;

/** Judges one thing only: whether the answer takes 60 to 90 seconds to say, at 140 words a minute. */
public final class PaceScorer implements AnswerScorer {
    private static final double WORDS_PER_SECOND = 140 / 60.0;

    @Override
    public ScoreReport score(ScoringRequest request) {
        String text = request.text().strip();
        int words = text.isEmpty() ? 0 : text.split("\\s+").length;
        double seconds = words / WORDS_PER_SECOND;
        int points = seconds < 60 ? (int) Math.round(100 * seconds / 60)
                : seconds <= 90 ? 100
                : (int) Math.max(0, Math.round(100 - 2 * (seconds - 90)));
        String advice = seconds < 60 ? "Say more: aim for a minute to a minute and a half."
                : seconds <= 90 ? "Keep it this length."
                : "Cut it to a minute and a half at most.";
        CriterionScore pace = new CriterionScore("speaking-time", points, 100, List.of(), advice);
        // This scorer does not tell archetypes apart, so it names none.
        return new ScoreReport(points, Band.of(points), "", List.of(pace), List.of(), words, seconds);
    }

    @Override
    public List<RedFlagKind> redFlagKinds() {
        return List.of();
    }
}
