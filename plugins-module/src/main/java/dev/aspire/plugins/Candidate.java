package dev.aspire.plugins;

import dev.aspire.core.AnswerArchetype;
import dev.aspire.core.CatalogueEntry;
import dev.aspire.core.Ids;
import dev.aspire.core.InterviewerRole;
import dev.aspire.core.QuestionVariant;
import dev.aspire.core.answer.AnswerComposer;
import dev.aspire.core.plugin.ArchetypeSignal;
import dev.aspire.core.plugin.AspirePlugin;
import dev.aspire.core.plugin.RedFlagDetector;
import dev.aspire.core.plugin.ScoringCriterion;
import dev.aspire.core.plugin.ServiceFactory;
import dev.aspire.core.scoring.AnswerScorer;
import dev.aspire.core.scoring.RedFlagKind;
import dev.aspire.templates.PluginPack;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What one plugin declares, read once and checked on its own: every method answered without throwing, every
 * id well formed and not repeated within the plugin, every template pack present in the jar. Whether its ids
 * are free in this run is {@link PluginVetting}'s question.
 *
 * @param plugin   the plugin itself, whose class anchors its template packs
 * @param id       its id
 * @param location its jar, or {@code class path}
 */
record Candidate(AspirePlugin plugin, String id, String location, List<AnswerArchetype> archetypes,
                 List<QuestionVariant> questionVariants, List<InterviewerRole> interviewerRoles,
                 List<PluginPack> packs, List<GuardedCriterion> criteria, List<GuardedDetector> detectors,
                 List<GuardedSignal> signals, Optional<ServiceFactory<AnswerScorer>> scorer,
                 Optional<ServiceFactory<AnswerComposer>> composer) {
    static final int MAX_CRITERION_POINTS = 100;
    private static final Pattern FLAG_CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** How warnings and errors name the plugin: {@code plugin 'story-first' (/path/story-first.jar)}. */
    String description() {
        return "plugin '" + id + "' (" + location + ")";
    }

    PluginProblem skipped(String reason) {
        return PluginProblem.skipped("'" + id + "'", location, reason);
    }

    static Candidate declaredBy(Found found) {
        AspirePlugin plugin = found.plugin();
        Reader reader = new Reader(plugin.getClass().getName(), found.location(), plugin.getClass().getClassLoader());
        String id = reader.call("id()", plugin::id);
        if (!Ids.isValid(id)) {
            throw reader.skipped("its id '" + id + "' is not valid: use lower-case letters, digits and dashes,"
                    + " starting with a letter");
        }
        reader = new Reader("'" + id + "'", found.location(), reader.loader);
        String description = "plugin '" + id + "' (" + found.location() + ")";
        List<AnswerArchetype> archetypes = distinct(reader, "archetype", reader.list("archetypes()", plugin::archetypes));
        List<QuestionVariant> questions = distinct(reader, "question variant",
                reader.list("questionVariants()", plugin::questionVariants));
        List<InterviewerRole> roles = distinct(reader, "interviewer role",
                reader.list("interviewerRoles()", plugin::interviewerRoles));
        List<PluginPack> packs = packs(reader, plugin, reader.list("templatePacks()", plugin::templatePacks));
        List<GuardedCriterion> criteria = new ArrayList<>();
        for (ScoringCriterion criterion : reader.list("scoringCriteria()", plugin::scoringCriteria)) {
            criteria.add(criterion(reader, description, criterion));
        }
        requireDistinct(reader, "criterion", criteria.stream().map(GuardedCriterion::id).toList());
        List<GuardedDetector> detectors = new ArrayList<>();
        for (RedFlagDetector detector : reader.list("redFlagDetectors()", plugin::redFlagDetectors)) {
            detectors.add(detector(reader, description, detector));
        }
        requireDistinct(reader, "red-flag code", detectors.stream().flatMap(d -> d.codes().stream()).toList());
        List<GuardedSignal> signals = new ArrayList<>();
        for (ArchetypeSignal signal : reader.list("archetypeSignals()", plugin::archetypeSignals)) {
            String archetype = reader.call("archetypeSignals(): archetype()", signal::archetype);
            reader.requireId("archetype signal's archetype", archetype);
            signals.add(new GuardedSignal(description, reader.loader, archetype, signal));
        }
        return new Candidate(plugin, id, found.location(), archetypes, questions, roles, packs, criteria, detectors,
                signals, reader.call("scorer()", plugin::scorer), reader.call("composer()", plugin::composer));
    }

    private static GuardedCriterion criterion(Reader reader, String description, ScoringCriterion criterion) {
        String id = reader.call("scoringCriteria(): id()", criterion::id);
        reader.requireId("criterion", id);
        int max = reader.call("criterion '" + id + "': max()", criterion::max);
        if (max < 1 || max > MAX_CRITERION_POINTS) {
            throw reader.skipped("criterion '" + id + "' gives at most " + max + " points; give it 1-"
                    + MAX_CRITERION_POINTS);
        }
        Optional<String> archetype = reader.call("criterion '" + id + "': archetype()", criterion::archetype);
        archetype.ifPresent(value -> reader.requireId("criterion '" + id + "''s archetype", value));
        return new GuardedCriterion(description, reader.loader, id, max, archetype, criterion);
    }

    private static GuardedDetector detector(Reader reader, String description, RedFlagDetector detector) {
        List<RedFlagKind> kinds = reader.list("redFlagDetectors(): kinds()", detector::kinds);
        if (kinds.isEmpty()) {
            throw reader.skipped("a red-flag detector lists no kinds; name the flags it raises in kinds()");
        }
        for (RedFlagKind kind : kinds) {
            if (!FLAG_CODE.matcher(kind.code()).matches()) {
                throw reader.skipped("red-flag code '" + kind.code() + "' is not valid: use upper-case letters,"
                        + " digits and underscores, starting with a letter");
            }
        }
        return new GuardedDetector(description, reader.loader, kinds, detector);
    }

    private static List<PluginPack> packs(Reader reader, AspirePlugin plugin, List<String> names) {
        requireDistinct(reader, "template pack", names);
        List<PluginPack> packs = new ArrayList<>();
        for (String name : names) {
            URL url = name.isBlank() ? null : plugin.getClass().getResource(name);
            if (url == null) {
                throw reader.skipped("its template pack '" + name + "' is not in the jar (a name without a leading"
                        + " slash is looked up next to " + plugin.getClass().getName() + ")");
            }
            packs.add(new PluginPack(plugin.getClass(), name, Locations.of(url)));
        }
        return packs;
    }

    private static <T extends CatalogueEntry> List<T> distinct(Reader reader, String kind, List<T> entries) {
        requireDistinct(reader, kind, entries.stream().map(CatalogueEntry::id).toList());
        return entries;
    }

    private static void requireDistinct(Reader reader, String kind, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw reader.skipped("it declares " + kind + " '" + id + "' twice");
            }
        }
    }

    /** Calls the plugin's methods, turning a failure into the reason it is skipped. */
    private static final class Reader {
        private final String name;
        private final String location;
        private final ClassLoader loader;

        Reader(String name, String location, ClassLoader loader) {
            this.name = name;
            this.location = location;
            this.loader = loader;
        }

        <T> T call(String method, Supplier<T> call) {
            T value;
            try {
                value = ContextLoader.call(loader, call);
            } catch (RuntimeException | LinkageError e) {
                throw skipped(method + " failed: " + PluginProblem.describe(e));
            }
            if (value == null) {
                throw skipped(method + " returned null");
            }
            return value;
        }

        <T> List<T> list(String method, Supplier<List<T>> call) {
            List<T> values = call(method, call);
            if (values.stream().anyMatch(Objects::isNull)) {
                throw skipped(method + " returned a list that holds null");
            }
            return List.copyOf(values);
        }

        void requireId(String what, String id) {
            if (!Ids.isValid(id)) {
                throw skipped(what + " id '" + id + "' is not valid: use lower-case letters, digits and dashes,"
                        + " starting with a letter");
            }
        }

        PluginProblem skipped(String reason) {
            return PluginProblem.skipped(name, location, reason);
        }
    }
}
