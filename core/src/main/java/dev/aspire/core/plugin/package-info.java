/**
 * The extension API: what a plugin implements to add answer styles to Aspire, or to replace a whole service.
 *
 * <p>A plugin is a jar that depends on {@code aspire-core} alone (at {@code provided} scope) and names its
 * {@link dev.aspire.core.plugin.AspirePlugin} implementation in
 * {@code META-INF/services/dev.aspire.core.plugin.AspirePlugin}. Aspire finds plugins once per run with
 * {@link java.util.ServiceLoader}: on its own class path, then in {@code ~/.aspire/plugins} (or
 * {@code $ASPIRE_HOME/plugins}), then in each {@code --plugins DIR}; every jar in a directory gets a class
 * loader of its own, which sees this package, the rest of {@code aspire-core}, the JDK and the jar itself.
 *
 * <p>Before a plugin joins a run, everything it declares is checked: its id, the ids of its entries, its
 * template packs, its criteria and red-flag codes. A plugin that cannot be loaded, whose constructor throws, or
 * that declares an id already taken (by the built-in catalogue, a template pack or another plugin) is skipped
 * with one warning line naming it, and the run goes on without it.
 *
 * <p>The interfaces here are the stable contract: a plugin built against one version of {@code aspire-core}
 * keeps working with later versions of the same major version. New methods arrive as default methods.
 */
package dev.aspire.core.plugin;
