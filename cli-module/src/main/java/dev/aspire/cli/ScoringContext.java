package dev.aspire.cli;

import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.InterviewerRole;
import dev.aspire.core.QuestionVariant;
import dev.aspire.core.TargetJob;
import dev.aspire.core.scoring.ScoringRequest;
import java.util.Optional;

/** Turns the ids and job fields a user gives into a scoring request, failing on unknown ids with the known ones. */
final class ScoringContext {
    private final DomainCatalogue catalogue;

    ScoringContext(DomainCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    ScoringRequest request(String text, Optional<TargetJob> job, String question, String interviewer, int pace) {
        Optional<QuestionVariant> variant = blank(question) ? Optional.empty()
                : Optional.of(catalogue.questionVariants().require(question.strip()));
        Optional<InterviewerRole> role = blank(interviewer) ? Optional.empty()
                : Optional.of(catalogue.interviewerRoles().require(interviewer.strip()));
        return new ScoringRequest(text, job, variant, role, pace);
    }

    /** A job from loose fields, or none when all are blank. */
    static Optional<TargetJob> job(String role, String company, String industry, String mission) {
        if (blank(role) && blank(company) && blank(industry) && blank(mission)) {
            return Optional.empty();
        }
        return Optional.of(new TargetJob(role, company, industry, mission));
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
