package dev.aspire.plugins;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.AnswerArchetype;
import dev.aspire.core.CatalogueContribution;
import dev.aspire.core.InterviewerRole;
import dev.aspire.core.QuestionVariant;
import java.util.List;

/** The catalogue entries a plugin declared, as they were when it was checked. */
final class PluginCatalogue implements CatalogueContribution {
    private final Candidate plugin;

    PluginCatalogue(Candidate plugin) {
        this.plugin = requireNonNull(plugin, "plugin is null");
    }

    @Override
    public String source() {
        return plugin.description();
    }

    @Override
    public List<AnswerArchetype> archetypes() {
        return plugin.archetypes();
    }

    @Override
    public List<QuestionVariant> questionVariants() {
        return plugin.questionVariants();
    }

    @Override
    public List<InterviewerRole> interviewerRoles() {
        return plugin.interviewerRoles();
    }
}
