package dev.aspire.coach;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.CandidateProfile;
import dev.aspire.core.answer.AnswerComposer;
import dev.aspire.core.answer.AnswerRequest;
import dev.aspire.core.answer.ComposedAnswer;
import dev.aspire.core.scoring.AnswerScorer;
import dev.aspire.core.scoring.ScoreReport;
import dev.aspire.core.scoring.ScoringRequest;
import java.util.Optional;

/**
 * Gives feedback on a practice answer: its score, the fixes worth the most, and a written answer to
 * compare it with. It works with whichever composer and scorer the application binds.
 */
public final class PracticeCoach {
    /** Two fixes are enough to act on in one round; a longer list tends to be skimmed. */
    public static final int FIXES_PER_ROUND = 2;

    private final AnswerComposer composer;
    private final AnswerScorer scorer;

    public PracticeCoach(AnswerComposer composer, AnswerScorer scorer) {
        this.composer = requireNonNull(composer, "composer is null");
        this.scorer = requireNonNull(scorer, "scorer is null");
    }

    public Feedback review(CandidateProfile profile, PracticeRound round, String answer) {
        requireNonNull(profile, "profile is null");
        requireNonNull(round, "round is null");
        requireNonNull(answer, "answer is null");
        ScoreReport report = scorer.score(scoringRequest(profile, round, answer));
        ComposedAnswer comparison = composer.compose(
                new AnswerRequest(profile, round.question(), round.interviewer(), Optional.empty(), 0));
        int comparisonScore = scorer.score(scoringRequest(profile, round, comparison.text())).score();
        return new Feedback(report, Fixes.mostValuable(report, FIXES_PER_ROUND), comparison, comparisonScore);
    }

    private static ScoringRequest scoringRequest(CandidateProfile profile, PracticeRound round, String text) {
        return new ScoringRequest(text, Optional.of(profile.job()), Optional.of(round.question()),
                Optional.of(round.interviewer()));
    }
}
