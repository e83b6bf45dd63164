package dev.aspire.data;

import dev.aspire.core.AnswerArchetype;
import dev.aspire.core.CatalogueContribution;
import dev.aspire.core.InterviewerRole;
import dev.aspire.core.QuestionVariant;
import jakarta.inject.Inject;
import java.util.List;

/** The catalogue shipped with Aspire, read from {@code catalogue.yaml} inside the jar. */
final class BuiltInCatalogue implements CatalogueContribution {
    static final String RESOURCE = "catalogue.yaml";

    private final CatalogueFile file;

    @Inject
    BuiltInCatalogue(DataFiles dataFiles) {
        this.file = dataFiles.readResource(BuiltInCatalogue.class, RESOURCE, CatalogueFile.class);
    }

    @Override
    public String source() {
        return "the built-in catalogue";
    }

    @Override
    public List<AnswerArchetype> archetypes() {
        return file.archetypes();
    }

    @Override
    public List<QuestionVariant> questionVariants() {
        return file.questionVariants();
    }

    @Override
    public List<InterviewerRole> interviewerRoles() {
        return file.interviewerRoles();
    }
}
