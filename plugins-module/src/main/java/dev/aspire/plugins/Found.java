package dev.aspire.plugins;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.plugin.AspirePlugin;

/**
 * A plugin that {@link java.util.ServiceLoader} created, not yet checked.
 *
 * @param plugin   the instance
 * @param location where it came from: a jar's path, or {@code class path}
 */
record Found(AspirePlugin plugin, String location) {
    Found {
        requireNonNull(plugin, "plugin is null");
        requireNonNull(location, "location is null");
    }
}
