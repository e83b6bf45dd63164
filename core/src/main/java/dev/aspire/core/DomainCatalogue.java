package dev.aspire.core;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Every archetype, question variant and interviewer role known to this run, each found by id. */
public final class DomainCatalogue {
    private final Catalogue<AnswerArchetype> archetypes;
    private final Catalogue<QuestionVariant> questionVariants;
    private final Catalogue<InterviewerRole> interviewerRoles;

    public DomainCatalogue(Catalogue<AnswerArchetype> archetypes, Catalogue<QuestionVariant> questionVariants,
                           Catalogue<InterviewerRole> interviewerRoles) {
        this.archetypes = requireNonNull(archetypes, "archetypes is null");
        this.questionVariants = requireNonNull(questionVariants, "questionVariants is null");
        this.interviewerRoles = requireNonNull(interviewerRoles, "interviewerRoles is null");
    }

    /**
     * Merges contributions in order. An id contributed twice fails with both sources named, because a
     * silent winner would make a plugin's entry vanish without a word.
     */
    public static DomainCatalogue merge(List<? extends CatalogueContribution> contributions) {
        return new DomainCatalogue(
                mergeKind("archetype", contributions, CatalogueContribution::archetypes),
                mergeKind("question variant", contributions, CatalogueContribution::questionVariants),
                mergeKind("interviewer role", contributions, CatalogueContribution::interviewerRoles));
    }

    private static <T extends CatalogueEntry> Catalogue<T> mergeKind(
            String kind, List<? extends CatalogueContribution> contributions,
            Function<CatalogueContribution, List<T>> entries) {
        List<T> merged = new ArrayList<>();
        Map<String, String> sourceById = new HashMap<>();
        for (CatalogueContribution contribution : contributions) {
            for (T entry : entries.apply(contribution)) {
                String earlier = sourceById.putIfAbsent(entry.id(), contribution.source());
                if (earlier != null) {
                    throw new IllegalArgumentException("duplicate " + kind + " id '" + entry.id() + "': defined in "
                            + earlier + " and again in " + contribution.source());
                }
                merged.add(entry);
            }
        }
        return new Catalogue<>(kind, merged);
    }

    public Catalogue<AnswerArchetype> archetypes() {
        return archetypes;
    }

    public Catalogue<QuestionVariant> questionVariants() {
        return questionVariants;
    }

    public Catalogue<InterviewerRole> interviewerRoles() {
        return interviewerRoles;
    }

    /** The three catalogues, in the order a lookup by bare id tries them. */
    public List<Catalogue<? extends CatalogueEntry>> catalogues() {
        return List.of(archetypes, questionVariants, interviewerRoles);
    }

    public List<String> allIds() {
        List<String> ids = new ArrayList<>(archetypes.ids());
        ids.addAll(questionVariants.ids());
        ids.addAll(interviewerRoles.ids());
        return ids;
    }
}
