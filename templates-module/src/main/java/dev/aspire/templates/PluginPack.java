package dev.aspire.templates;

import static java.util.Objects.requireNonNull;

/**
 * A template pack shipped inside a plugin's jar. It is read with the plugin's own class loader, through
 * {@code anchor}, so the templates module needs nothing from the plugin but this.
 *
 * @param anchor   a class of the plugin; {@code resource} is resolved as {@link Class#getResource(String)} does
 * @param resource the pack's name, relative to the anchor's package or, with a leading slash, to the jar's root
 * @param source   where the pack comes from, named in error messages (the jar and the resource)
 */
public record PluginPack(Class<?> anchor, String resource, String source) {
    public PluginPack {
        requireNonNull(anchor, "anchor is null");
        requireNonNull(resource, "resource is null");
        requireNonNull(source, "source is null");
    }
}
