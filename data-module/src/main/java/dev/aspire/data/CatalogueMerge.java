package dev.aspire.data;

import dev.aspire.core.CatalogueContribution;
import dev.aspire.core.DomainCatalogue;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.List;
import java.util.Set;

/**
 * The catalogue every command sees: the built-in entries and those of packs and plugins, merged. A provider
 * class rather than a {@code @Provides} method: the method's two annotations are types the JVM would otherwise
 * build proxy classes for, and Guice a provider-method binding, as each command starts.
 */
final class CatalogueMerge implements Provider<DomainCatalogue> {
    private final Set<CatalogueContribution> contributions;

    @Inject
    CatalogueMerge(Set<CatalogueContribution> contributions) {
        this.contributions = contributions;
    }

    /**
     * Multibinder keeps binding order, so the built-in entries come first and plugins' follow. An id defined
     * twice is the user's to fix (a template pack or plugin clashing with another), so it is a data error.
     */
    @Override
    public DomainCatalogue get() {
        try {
            return DomainCatalogue.merge(List.copyOf(contributions));
        } catch (IllegalArgumentException e) {
            throw new DataFileException(e.getMessage(), e);
        }
    }
}
