package dev.aspire.core.scoring;

import java.util.List;

/** Scores an answer the candidate wrote and explains every point. Implementations are deterministic. */
public interface AnswerScorer {
    ScoreReport score(ScoringRequest request);

    /** Every kind of red flag this scorer can raise, major ones first. */
    List<RedFlagKind> redFlagKinds();

    /**
     * The ids of the criteria its reports can hold, in the order the reports list them; a plugin's criteria
     * must not reuse them. Empty for a scorer that does not say.
     */
    default List<String> criterionIds() {
        return List.of();
    }
}
