package dev.aspire.plugins;

import static java.util.Objects.requireNonNull;

import com.google.inject.Provider;
import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.plugin.PluginContext;
import dev.aspire.core.plugin.ServiceFactory;

/**
 * A plugin's replacement for one of Aspire's services, made on first use and kept. It is not a Guice singleton
 * on purpose: those are made when the graph is built, and a factory that fails would then break every command,
 * even those that never need the service.
 */
final class Replacement<T> implements Provider<T> {
    private final Candidate plugin;
    private final String service;
    private final ServiceFactory<T> factory;
    private final Provider<DomainCatalogue> catalogue;
    private T instance;

    Replacement(Candidate plugin, String service, ServiceFactory<T> factory, Provider<DomainCatalogue> catalogue) {
        this.plugin = requireNonNull(plugin, "plugin is null");
        this.service = requireNonNull(service, "service is null");
        this.factory = requireNonNull(factory, "factory is null");
        this.catalogue = requireNonNull(catalogue, "catalogue is null");
    }

    @Override
    public synchronized T get() {
        if (instance == null) {
            PluginContext context = catalogue::get;
            try {
                instance = ContextLoader.call(plugin.plugin().getClass().getClassLoader(), () -> factory.create(context));
            } catch (RuntimeException | LinkageError e) {
                throw new IllegalStateException(plugin.description() + " could not create its " + service + ": "
                        + PluginProblem.describe(e), e);
            }
            if (instance == null) {
                throw new IllegalStateException(plugin.description() + " created no " + service);
            }
        }
        return instance;
    }
}
