package dev.aspire.coach;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.CandidateProfile;
import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.InterviewerRole;
import dev.aspire.core.ProfileValidator;
import dev.aspire.core.answer.AnswerComposer;
import dev.aspire.core.answer.AnswerRequest;
import dev.aspire.core.answer.ArchetypeRecommendation;
import dev.aspire.core.answer.ComposedAnswer;
import dev.aspire.core.scoring.AnswerScorer;
import java.util.List;
import java.util.Optional;

/**
 * Puts a prep sheet together from a profile: the recommended archetype, an answer to every form of the
 * question as the hiring manager would hear it, the interviewers from the catalogue, the scorer's red
 * flags and the follow-up questions.
 */
public final class PrepSheetBuilder {
    /** The answers are pitched to the main decision maker; the interviewer notes cover everyone else. */
    static final String ANSWERS_PITCHED_TO = "hiring-manager";

    private final AnswerComposer composer;
    private final AnswerScorer scorer;
    private final DomainCatalogue catalogue;
    private final FollowUpQuestions followUps;

    public PrepSheetBuilder(AnswerComposer composer, AnswerScorer scorer, DomainCatalogue catalogue,
                            FollowUpQuestions followUps) {
        this.composer = requireNonNull(composer, "composer is null");
        this.scorer = requireNonNull(scorer, "scorer is null");
        this.catalogue = requireNonNull(catalogue, "catalogue is null");
        this.followUps = requireNonNull(followUps, "followUps is null");
    }

    public PrepSheet build(CandidateProfile profile) {
        ProfileValidator.requireValid(profile);
        ArchetypeRecommendation recommendation = composer.recommend(profile);
        InterviewerRole hiringManager = catalogue.interviewerRoles().require(ANSWERS_PITCHED_TO);
        List<ComposedAnswer> answers = catalogue.questionVariants().all().stream()
                .map(question -> composer.compose(new AnswerRequest(profile, question, hiringManager,
                        Optional.of(recommendation.archetype()), 0)))
                .toList();
        return new PrepSheet(profile, recommendation, answers, catalogue.interviewerRoles().all(),
                scorer.redFlagKinds(), followUps.forProfile(profile));
    }
}
