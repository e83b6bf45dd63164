package dev.aspire.core.scoring;

/** Scores an answer the candidate wrote and explains every point. Implementations are deterministic. */
public interface AnswerScorer {
    ScoreReport score(ScoringRequest request);
}
