package dev.aspire.scoring;

import dev.aspire.core.scoring.CriterionScore;

/** One named part of the score: it reads the answer and says how many points it earns, and why. */
interface Criterion {
    String id();

    int max();

    CriterionScore score(Reading reading, AnswerFacts facts);
}
