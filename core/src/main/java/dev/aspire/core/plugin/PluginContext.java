package dev.aspire.core.plugin;

import dev.aspire.core.DomainCatalogue;

/** What Aspire hands a {@link ServiceFactory}: the parts of the run a replacement service may need. */
public interface PluginContext {
    /** Every archetype, question variant and interviewer role of this run, plugins' and packs' included. */
    DomainCatalogue catalogue();
}
