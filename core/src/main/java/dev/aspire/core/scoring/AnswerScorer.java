package dev.aspire.core.scoring;

import java.util.List;

/** Scores an answer the candidate wrote and explains every point. Implementations are deterministic. */
public interface AnswerScorer {
    ScoreReport score(ScoringRequest request);

    /** Every kind of red flag this scorer can raise, major ones first. */
    List<RedFlagKind> redFlagKinds();
}
