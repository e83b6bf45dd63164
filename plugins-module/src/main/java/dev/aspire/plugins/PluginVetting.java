package dev.aspire.plugins;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import dev.aspire.core.CatalogueContribution;
import dev.aspire.core.CatalogueEntry;
import dev.aspire.core.scoring.AnswerScorer;
import dev.aspire.data.AspireSettings;
import dev.aspire.data.DataModule;
import dev.aspire.scoring.ScoringModule;
import dev.aspire.templates.PluginPack;
import dev.aspire.templates.PluginPackCheck;
import dev.aspire.templates.TemplatesModule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Lets plugins into the run one by one, in the order they were found, each only if everything it declares is
 * free: its id among plugins, its archetypes, questions and interviewers among the built-in catalogue, the
 * template packs and the plugins already in, its criteria and red-flag codes among the built-in scorer's and
 * the other plugins'. Its template packs are read and checked here too. A plugin that clashes is left out
 * whole and named in a warning; the others are not affected.
 *
 * <p>All of this happens before the application graph is built, so that the graph only ever sees plugins that
 * fit, and its sets of contributions can be fixed when it is made. The catalogue and the scorer the plugins
 * are checked against come from a small graph of the modules that make them (data, templates and scoring),
 * built only when there are plugins to check.
 */
final class PluginVetting {
    private static final Key<Set<CatalogueContribution>> CONTRIBUTIONS = Key.get(new TypeLiteral<>() { });
    private static final String BUILT_IN_SCORER = "the built-in scorer";

    private final PluginPackCheck packCheck;
    private final List<CatalogueContribution> catalogue;
    private final Map<String, String> pluginLocations = new HashMap<>();
    private final Map<String, String> criterionOwners = new HashMap<>();
    private final Map<String, String> codeOwners = new HashMap<>();
    private String scorerOwner;
    private String composerOwner;

    private PluginVetting(List<CatalogueContribution> catalogue, PluginPackCheck packCheck) {
        this.catalogue = new ArrayList<>(catalogue);
        this.packCheck = packCheck;
    }

    static List<Candidate> vet(List<Candidate> candidates, AspireSettings settings, Consumer<String> warnings) {
        Injector base = baseGraph(settings);
        PluginVetting vetting = new PluginVetting(List.copyOf(base.getInstance(CONTRIBUTIONS)),
                base.getInstance(PluginPackCheck.class));
        vetting.reserveScorersOwn(base.getInstance(AnswerScorer.class));
        List<Candidate> accepted = new ArrayList<>();
        for (Candidate candidate : candidates) {
            try {
                vetting.admit(candidate);
                accepted.add(candidate);
            } catch (PluginProblem problem) {
                warnings.accept(problem.getMessage());
            }
        }
        return accepted;
    }

    /**
     * The scorer without plugins reports its own criteria and red flags under these ids and codes, so a
     * plugin's may not reuse them: a report would hold two criteria of one id, or two kinds of one code.
     */
    private void reserveScorersOwn(AnswerScorer scorer) {
        scorer.criterionIds().forEach(id -> criterionOwners.put(id, BUILT_IN_SCORER));
        scorer.redFlagKinds().forEach(kind -> codeOwners.put(kind.code(), BUILT_IN_SCORER));
    }

    private void admit(Candidate plugin) {
        String earlier = pluginLocations.get(plugin.id());
        if (earlier != null) {
            throw plugin.skipped("a plugin with the same id was already loaded from " + earlier);
        }
        requireFree(plugin, "archetype", plugin.archetypes(), CatalogueContribution::archetypes);
        requireFree(plugin, "question variant", plugin.questionVariants(), CatalogueContribution::questionVariants);
        requireFree(plugin, "interviewer role", plugin.interviewerRoles(), CatalogueContribution::interviewerRoles);
        List<CatalogueContribution> withPlugin = new ArrayList<>(catalogue);
        withPlugin.add(new PluginCatalogue(plugin));
        for (PluginPack pack : plugin.packs()) {
            withPlugin.add(packArchetypes(plugin, pack, withPlugin));
        }
        Set<String> archetypes = new HashSet<>();
        withPlugin.forEach(contribution -> contribution.archetypes().forEach(entry -> archetypes.add(entry.id())));
        for (GuardedCriterion criterion : plugin.criteria()) {
            requireOwnerless(plugin, criterionOwners, "criterion '" + criterion.id() + "'", criterion.id());
            criterion.archetype().filter(id -> !archetypes.contains(id)).ifPresent(id -> {
                throw plugin.skipped("criterion '" + criterion.id() + "' is for archetype '" + id + "', which is"
                        + " not in the catalogue");
            });
        }
        for (GuardedDetector detector : plugin.detectors()) {
            for (String code : detector.codes()) {
                requireOwnerless(plugin, codeOwners, "red-flag code " + code, code);
            }
        }
        for (GuardedSignal signal : plugin.signals()) {
            if (!archetypes.contains(signal.archetype())) {
                throw plugin.skipped("its archetype signal is for archetype '" + signal.archetype() + "', which is"
                        + " not in the catalogue");
            }
        }
        if (plugin.scorer().isPresent() && scorerOwner != null) {
            throw plugin.skipped("it replaces the scorer, which " + scorerOwner + " already replaces");
        }
        if (plugin.composer().isPresent() && composerOwner != null) {
            throw plugin.skipped("it replaces the composer, which " + composerOwner + " already replaces");
        }

        catalogue.clear();
        catalogue.addAll(withPlugin);
        pluginLocations.put(plugin.id(), plugin.location());
        plugin.criteria().forEach(criterion -> criterionOwners.put(criterion.id(), plugin.description()));
        plugin.detectors().forEach(detector -> detector.codes().forEach(code -> codeOwners.put(code, plugin.description())));
        scorerOwner = plugin.scorer().isPresent() ? plugin.description() : scorerOwner;
        composerOwner = plugin.composer().isPresent() ? plugin.description() : composerOwner;
    }

    private <T extends CatalogueEntry> void requireFree(Candidate plugin, String kind, List<T> entries,
                                                        Function<CatalogueContribution, List<? extends CatalogueEntry>> of) {
        Map<String, String> sources = new HashMap<>();
        for (CatalogueContribution contribution : catalogue) {
            of.apply(contribution).forEach(entry -> sources.putIfAbsent(entry.id(), contribution.source()));
        }
        for (T entry : entries) {
            String source = sources.get(entry.id());
            if (source != null) {
                throw plugin.skipped(kind + " '" + entry.id() + "' is already defined in " + source);
            }
        }
    }

    private static void requireOwnerless(Candidate plugin, Map<String, String> owners, String what, String key) {
        String owner = owners.get(key);
        if (owner != null) {
            throw plugin.skipped(what + " is already contributed by " + owner);
        }
    }

    /** Reads and checks the pack; the archetypes it adds join the catalogue the plugin's next packs see. */
    private CatalogueContribution packArchetypes(Candidate plugin, PluginPack pack, List<CatalogueContribution> seen) {
        try {
            return packCheck.check(pack, seen);
        } catch (RuntimeException e) {
            throw plugin.skipped(e.getMessage());
        }
    }

    /**
     * The modules that fill the catalogue and make the scorer, without plugins; lazy, so only what vetting asks
     * for is read.
     */
    private static Injector baseGraph(AspireSettings settings) {
        return Guice.createInjector(Stage.DEVELOPMENT, new DataModule(settings), new TemplatesModule(),
                new ScoringModule(), new AbstractModule() {
            @Override
            protected void configure() {
                binder().requireExplicitBindings();
                binder().requireAtInjectOnConstructors();
                binder().disableCircularProxies();
            }
        });
    }
}
