package dev.aspire.data;

import dev.aspire.core.AnswerArchetype;
import dev.aspire.core.InterviewerRole;
import dev.aspire.core.QuestionVariant;
import java.util.List;

/** The shape of a catalogue data file: any of the three lists, each optional. */
public record CatalogueFile(List<AnswerArchetype> archetypes, List<QuestionVariant> questionVariants,
                           List<InterviewerRole> interviewerRoles) {
    public CatalogueFile {
        archetypes = archetypes == null ? List.of() : List.copyOf(archetypes);
        questionVariants = questionVariants == null ? List.of() : List.copyOf(questionVariants);
        interviewerRoles = interviewerRoles == null ? List.of() : List.copyOf(interviewerRoles);
    }
}
