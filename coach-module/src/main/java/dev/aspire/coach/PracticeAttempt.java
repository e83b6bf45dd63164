package dev.aspire.coach;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.CandidateProfile;
import dev.aspire.core.Ids;
import dev.aspire.core.scoring.Band;
import dev.aspire.core.scoring.RedFlag;
import dev.aspire.core.scoring.ScoreReport;
import java.time.Instant;
import java.util.List;

/**
 * One practice answer as kept in the history: when, what was asked by whom, for which job, and how it
 * scored. The answer itself is kept too, so that a person can look back at what they said.
 *
 * @param at          when it was scored, as an ISO-8601 instant such as {@code 2026-11-21T09:30:00Z}
 * @param question    the question variant's id
 * @param interviewer the interviewer role's id
 * @param jobTitle    the title of the job practised for
 * @param company     the company practised for
 * @param score       0-100
 * @param band        the score's band
 * @param flags       the codes of the red flags raised, each once
 * @param words       the answer's length in words
 * @param answer      the answer as typed
 */
public record PracticeAttempt(String at, String question, String interviewer, String jobTitle, String company,
                              int score, Band band, List<String> flags, int words, String answer) {
    public PracticeAttempt {
        Instant.parse(requireNonNull(at, "at is null"));
        Ids.requireValid(question, "question variant");
        Ids.requireValid(interviewer, "interviewer role");
        requireNonNull(jobTitle, "jobTitle is null");
        requireNonNull(company, "company is null");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be 0-100, was " + score);
        }
        requireNonNull(band, "band is null");
        flags = flags == null ? List.of() : List.copyOf(flags);
        requireNonNull(answer, "answer is null");
    }

    /** The record of {@code answer}, given in {@code round} and scored as {@code report}. */
    public static PracticeAttempt of(Instant at, CandidateProfile profile, PracticeRound round, String answer,
                                     ScoreReport report) {
        return new PracticeAttempt(at.toString(), round.question().id(), round.interviewer().id(),
                profile.job().title(), profile.job().company(), report.score(), report.band(),
                report.flags().stream().map(RedFlag::code).distinct().toList(), report.words(), answer);
    }

    public Instant instant() {
        return Instant.parse(at);
    }
}
