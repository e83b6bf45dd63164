package dev.aspire.cli;

import static java.util.Objects.requireNonNull;

import com.google.inject.CreationException;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import dev.aspire.data.AspireSettings;
import dev.aspire.plugins.PluginModule;
import dev.aspire.plugins.Plugins;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The application graph as the commands see it. Options such as {@code --packs} and {@code --plugins} decide
 * what goes into it, so the graph a command uses is always built from the options picocli parsed; a command
 * that needs no service (help, version) never asks for it, and each service is built only when a command
 * asks for it. Plugins are found here, once per run; a plugin left out is reported on stderr and the
 * command goes on without it.
 *
 * <p>Building the graph and building picocli's model of the command each take a good part of a short
 * command's run, and neither needs the other. So {@link #prepareAhead} builds the graph on a second thread
 * from a first look at the arguments while picocli works on the main one; the command adopts that graph
 * when the parsed options agree with the first look, and builds its own otherwise.
 */
final class AspireServices {
    private final Supplier<AspireSettings> settings;
    private final List<? extends Module> extraModules;
    private final Supplier<PrintWriter> warnings;
    private Injector injector;
    private Prepared ahead;

    AspireServices(Supplier<AspireSettings> settings, List<? extends Module> extraModules,
                   Supplier<PrintWriter> warnings) {
        this.settings = requireNonNull(settings, "settings is null");
        this.extraModules = List.copyOf(extraModules);
        this.warnings = requireNonNull(warnings, "warnings is null");
    }

    /**
     * Starts building the graph for {@code expected} settings on a daemon thread, then builds the services
     * named in {@code warm} there too, so that they are ready, or under way, when the command asks.
     */
    void prepareAhead(AspireSettings expected, List<Class<?>> warm) {
        FutureTask<Graph> task = new FutureTask<>(() -> build(expected));
        Thread thread = new Thread(() -> {
            task.run();
            warmUp(task, warm);
        }, "aspire-services");
        thread.setDaemon(true);
        thread.start();
        ahead = new Prepared(expected, task);
    }

    <T> T get(Class<T> type) {
        try {
            if (injector == null) {
                injector = adoptOrBuild(settings.get());
            }
            return injector.getInstance(type);
        } catch (CreationException | ProvisionException e) {
            throw GuiceErrors.underlying(e);
        }
    }

    private Injector adoptOrBuild(AspireSettings current) {
        Graph graph = ahead != null && ahead.settings().equals(current) ? ahead.join() : build(current);
        ahead = null;
        graph.warnings().forEach(warning -> warnings.get().println("aspire: " + warning));
        return graph.injector();
    }

    /** The warnings are kept until the command adopts the graph, so a graph thrown away reports nothing. */
    private Graph build(AspireSettings current) {
        List<String> found = new ArrayList<>();
        List<Module> modules = new ArrayList<>();
        PluginModule plugins = Plugins.load(current, AspireServices.class.getClassLoader(), found::add);
        if (!plugins.pluginIds().isEmpty()) {
            // Without plugins there is nothing for it to add, and a graph of the production modules alone is
            // built from their closed forms (see AspireInjector).
            modules.add(plugins);
        }
        modules.addAll(extraModules);
        return new Graph(AspireInjector.createForCommand(current, modules), found);
    }

    /**
     * A service that fails to build here fails again, with the same error, when the command asks for it on
     * the main thread; so a failure here is left for the command to report.
     */
    private static void warmUp(FutureTask<Graph> task, List<Class<?>> warm) {
        try {
            Injector ready = task.get().injector();
            warm.forEach(ready::getInstance);
        } catch (RuntimeException | ExecutionException e) {
            // reported by the command, see above
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Graph(Injector injector, List<String> warnings) {
    }

    private record Prepared(AspireSettings settings, FutureTask<Graph> task) {
        Graph join() {
            try {
                return task.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the services were being built", e);
            }
        }
    }
}
