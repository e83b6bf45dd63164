package dev.aspire.data;

import static java.util.Objects.requireNonNull;

import com.google.inject.Binder;
import com.google.inject.Module;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import dev.aspire.core.CatalogueContribution;
import dev.aspire.core.DomainCatalogue;

/**
 * Binds the settings, the data readers and the merged catalogue. Other modules add catalogue entries with
 * {@code Multibinder.newSetBinder(binder(), CatalogueContribution.class).addBinding()}.
 *
 * <p>The settings are given to the module rather than bound with a default that the application overrides:
 * an {@code OptionalBinder} adds ten bindings to the graph, and every command builds the graph as it starts.
 */
public final class DataModule implements Module {
    private final AspireSettings settings;

    /** The module with the settings of this process's environment ({@code ASPIRE_HOME}, the user's home). */
    public DataModule() {
        this(AspireSettings.fromEnvironment(System.getenv(), System.getProperty("user.home")));
    }

    /** The module with the given settings, e.g. the ones the command line parsed. */
    public DataModule(AspireSettings settings) {
        this.settings = requireNonNull(settings, "settings is null");
    }

    // Not an AbstractModule: Guice searches a module's superclasses for provider methods at every start, and
    // AbstractModule's thirty-odd methods cost about 0.8 ms a module (see AspireInjector).
    @Override
    public void configure(Binder binder) {
        binder.bind(AspireSettings.class).toInstance(settings);
        binder.bind(DataFiles.class).in(Singleton.class);
        binder.bind(ProfileReader.class).in(Singleton.class);
        binder.bind(ProfileWriter.class).in(Singleton.class);
        binder.bind(BuiltInCatalogue.class).in(Singleton.class);
        Multibinder.newSetBinder(binder, CatalogueContribution.class).addBinding().to(BuiltInCatalogue.class);
        binder.bind(DomainCatalogue.class).toProvider(CatalogueMerge.class).in(Singleton.class);
    }
}
