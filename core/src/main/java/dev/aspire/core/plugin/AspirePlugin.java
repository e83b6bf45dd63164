package dev.aspire.core.plugin;

import dev.aspire.core.AnswerArchetype;
import dev.aspire.core.InterviewerRole;
import dev.aspire.core.QuestionVariant;
import dev.aspire.core.answer.AnswerComposer;
import dev.aspire.core.scoring.AnswerScorer;
import java.util.List;
import java.util.Optional;

/**
 * An extension of Aspire, found with {@link java.util.ServiceLoader}. Implementations need a public
 * no-argument constructor that does no work beyond setting fields: Aspire creates every plugin on every run.
 *
 * <p>Every method but {@link #id()} has a default that contributes nothing, so a plugin overrides only what
 * it adds. Aspire calls each method once, while checking the plugin, and keeps what it returned; the lists are
 * copied, so a plugin may return a list it built on the spot.
 *
 * <p>What a plugin can add:
 * <ul>
 *   <li>catalogue entries: {@link #archetypes()}, {@link #questionVariants()}, {@link #interviewerRoles()},
 *       each with an id not used anywhere else;</li>
 *   <li>{@link #templatePacks()}: phrasings (and cues) in the template-pack format, shipped inside the jar;</li>
 *   <li>{@link #scoringCriteria()}, {@link #redFlagDetectors()} and {@link #archetypeSignals()}, which the
 *       scorer runs next to its own;</li>
 *   <li>a replacement for a whole service: {@link #scorer()} or {@link #composer()}.</li>
 * </ul>
 */
public interface AspirePlugin {
    /**
     * The plugin's stable id, such as {@code story-first}: lower-case letters, digits and dashes, starting
     * with a letter. It names the plugin in warnings and must differ from every other plugin's id.
     */
    String id();

    /** New answer archetypes. Give them phrasings in a template pack, or they borrow the generic ones. */
    default List<AnswerArchetype> archetypes() {
        return List.of();
    }

    /** New forms of the question. Answers to them use the template entries that name no question. */
    default List<QuestionVariant> questionVariants() {
        return List.of();
    }

    /** New kinds of interviewer. Answers to them use the template entries that name no interviewer. */
    default List<InterviewerRole> interviewerRoles() {
        return List.of();
    }

    /**
     * Template packs inside the plugin's jar, named as for {@link Class#getResource(String)} on the plugin's
     * class: {@code "story-first.yaml"} lies next to the class, {@code "/packs/story-first.yaml"} at the root
     * of the jar. They use the format of the packs in {@code ~/.aspire/packs}, are read after the built-in pack
     * and before the user's packs, and may refer to the archetypes, questions and interviewers this plugin adds.
     */
    default List<String> templatePacks() {
        return List.of();
    }

    /** Criteria that the scorer adds to its own; see {@link ScoringCriterion} for how they count. */
    default List<ScoringCriterion> scoringCriteria() {
        return List.of();
    }

    /** Detectors of red flags that the scorer adds to its own; see {@link RedFlagDetector}. */
    default List<RedFlagDetector> redFlagDetectors() {
        return List.of();
    }

    /** Signs that an answer follows one archetype, so that the scorer can recognise this plugin's archetypes. */
    default List<ArchetypeSignal> archetypeSignals() {
        return List.of();
    }

    /**
     * A scorer to use instead of Aspire's own. At most one plugin in a run may replace the scorer; a second
     * one is skipped. Its criteria, detectors and signals are for Aspire's scorer and are not passed to this one.
     */
    default Optional<ServiceFactory<AnswerScorer>> scorer() {
        return Optional.empty();
    }

    /** A composer to use instead of Aspire's template composer. At most one plugin in a run may replace it. */
    default Optional<ServiceFactory<AnswerComposer>> composer() {
        return Optional.empty();
    }
}
