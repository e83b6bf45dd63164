package dev.aspire.core.answer;

import dev.aspire.core.CandidateProfile;

/** Writes tailored answers from a candidate's profile. Implementations are deterministic. */
public interface AnswerComposer {
    /** Writes the answer for the request; the same request always gives the same text. */
    ComposedAnswer compose(AnswerRequest request);

    /** The archetype that suits this profile best, with the reason. */
    ArchetypeRecommendation recommend(CandidateProfile profile);
}
