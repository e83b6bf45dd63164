package dev.aspire.cli;

import static java.util.Objects.requireNonNull;

import com.google.inject.CreationException;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import dev.aspire.data.AspireSettings;
import dev.aspire.plugins.Plugins;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The application graph as the commands see it. It is built on first use, after picocli has parsed the
 * options, because options such as {@code --packs} and {@code --plugins} decide what goes into it; a command
 * that needs no service (help, version) never pays for building it, and each service is built only when a
 * command asks for it. Plugins are found here, once per run; a plugin left out is reported on stderr and the
 * command goes on without it.
 */
final class AspireServices {
    private final Supplier<AspireSettings> settings;
    private final List<? extends Module> extraModules;
    private final Supplier<PrintWriter> warnings;
    private Injector injector;

    AspireServices(Supplier<AspireSettings> settings, List<? extends Module> extraModules,
                   Supplier<PrintWriter> warnings) {
        this.settings = requireNonNull(settings, "settings is null");
        this.extraModules = List.copyOf(extraModules);
        this.warnings = requireNonNull(warnings, "warnings is null");
    }

    <T> T get(Class<T> type) {
        try {
            if (injector == null) {
                injector = create(settings.get());
            }
            return injector.getInstance(type);
        } catch (CreationException | ProvisionException e) {
            throw GuiceErrors.underlying(e);
        }
    }

    private Injector create(AspireSettings current) {
        List<Module> modules = new ArrayList<>();
        modules.add(Plugins.load(current, AspireServices.class.getClassLoader(),
                warning -> warnings.get().println("aspire: " + warning)));
        modules.addAll(extraModules);
        return AspireInjector.createForCommand(current, modules);
    }
}
