package dev.aspire.data;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import dev.aspire.core.CatalogueContribution;
import dev.aspire.core.DomainCatalogue;
import java.util.List;
import java.util.Set;

/**
 * Binds the data readers and the merged catalogue. Other modules add catalogue entries with
 * {@code Multibinder.newSetBinder(binder(), CatalogueContribution.class).addBinding()}; the application
 * overrides the default {@link AspireSettings} with {@code OptionalBinder.newOptionalBinder(...).setBinding()}.
 */
public final class DataModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(DataFiles.class).in(Singleton.class);
        bind(ProfileReader.class).in(Singleton.class);
        bind(ProfileWriter.class).in(Singleton.class);
        bind(BuiltInCatalogue.class).in(Singleton.class);
        Multibinder.newSetBinder(binder(), CatalogueContribution.class).addBinding().to(BuiltInCatalogue.class);
        // A default so the library works on its own; the command line sets the binding from its options.
        OptionalBinder.newOptionalBinder(binder(), AspireSettings.class).setDefault()
                .toInstance(AspireSettings.fromEnvironment(System.getenv(), System.getProperty("user.home")));
    }

    /**
     * Multibinder keeps binding order, so the built-in entries come first and plugins' follow. An id defined
     * twice is the user's to fix (a template pack or plugin clashing with another), so it is a data error.
     */
    @Provides
    @Singleton
    DomainCatalogue domainCatalogue(Set<CatalogueContribution> contributions) {
        try {
            return DomainCatalogue.merge(List.copyOf(contributions));
        } catch (IllegalArgumentException e) {
            throw new DataFileException(e.getMessage(), e);
        }
    }
}
