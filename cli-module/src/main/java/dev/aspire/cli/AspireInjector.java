package dev.aspire.cli;

import com.google.inject.Binder;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import dev.aspire.coach.CoachModule;
import dev.aspire.data.AspireSettings;
import dev.aspire.data.DataModule;
import dev.aspire.templates.TemplatesModule;
import dev.aspire.scoring.ScoringModule;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the application's object graph. Guice's surprising features are turned off so that a missing or
 * ambiguous binding fails when the injector is built, not halfway through a user's command.
 *
 * <p>The production modules implement {@link Module} rather than extending {@code AbstractModule}. Every
 * command builds the graph as it starts, and Guice then looks for provider methods in each module's class
 * and all its superclasses; AbstractModule's thirty-odd methods made that about 0.8 ms a module (4.5 ms for
 * six, in a JVM that had already built one graph). Modules written for plugins or tests may extend it as usual.
 *
 * <p>A graph with no extra modules, the usual run without plugins, is built from the modules' closed forms
 * ({@code ScoringModule.closed()} and the like): nothing can replace a service or add to a set there, so
 * the defaults and the empty sets are plain bindings instead of an {@code OptionalBinder} or a
 * {@code Multibinder} each, which add about ten bindings apiece. That took 15-20 ms off a {@code score}
 * (228 against 243 ms, 236 against 257 ms; 21 interleaved runs each). With extra modules the graph is open,
 * as the modules document.
 */
public final class AspireInjector {
    private AspireInjector() {
    }

    /** The production modules for these settings, open to modules that replace or add services. */
    public static List<Module> productionModules(AspireSettings settings) {
        return List.of(new DataModule(settings), new TemplatesModule(), new ScoringModule(), new CoachModule());
    }

    /** The same services for a graph that no other module extends. */
    static List<Module> closedProductionModules(AspireSettings settings) {
        return List.of(new DataModule(settings), TemplatesModule.closed(), ScoringModule.closed(),
                CoachModule.closed());
    }

    /**
     * The production graph plus {@code extra} modules, such as a plugin's or a test's, with every singleton
     * built at once: a contribution that cannot be built fails here.
     */
    public static Injector create(AspireSettings settings, List<? extends Module> extra) {
        return create(Stage.PRODUCTION, settings, extra);
    }

    /**
     * The same graph with the same checks on its bindings, but each singleton is built when a command
     * first asks for it. A command then pays only for the data it uses: listing the catalogue does not
     * read template packs or the scorer's lexicons, and scoring does not read template packs.
     */
    public static Injector createForCommand(AspireSettings settings, List<? extends Module> extra) {
        return create(Stage.DEVELOPMENT, settings, extra);
    }

    private static Injector create(Stage stage, AspireSettings settings, List<? extends Module> extra) {
        List<Module> modules = new ArrayList<>(
                extra.isEmpty() ? closedProductionModules(settings) : productionModules(settings));
        modules.addAll(extra);
        modules.add(new HardeningModule());
        return Guice.createInjector(stage, modules);
    }

    private static final class HardeningModule implements Module {
        @Override
        public void configure(Binder binder) {
            binder.disableCircularProxies();
            binder.requireExplicitBindings();
            binder.requireExactBindingAnnotations();
            binder.requireAtInjectOnConstructors();
        }
    }
}
