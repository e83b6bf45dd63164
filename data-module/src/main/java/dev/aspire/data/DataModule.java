package dev.aspire.data;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
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
public final class DataModule extends AbstractModule {
    private final AspireSettings settings;

    /** The module with the settings of this process's environment ({@code ASPIRE_HOME}, the user's home). */
    public DataModule() {
        this(AspireSettings.fromEnvironment(System.getenv(), System.getProperty("user.home")));
    }

    /** The module with the given settings, e.g. the ones the command line parsed. */
    public DataModule(AspireSettings settings) {
        this.settings = requireNonNull(settings, "settings is null");
    }

    @Override
    protected void configure() {
        bind(AspireSettings.class).toInstance(settings);
        bind(DataFiles.class).in(Singleton.class);
        bind(ProfileReader.class).in(Singleton.class);
        bind(ProfileWriter.class).in(Singleton.class);
        bind(BuiltInCatalogue.class).in(Singleton.class);
        Multibinder.newSetBinder(binder(), CatalogueContribution.class).addBinding().to(BuiltInCatalogue.class);
        bind(DomainCatalogue.class).toProvider(CatalogueMerge.class).in(Singleton.class);
    }
}
