package dev.aspire.data;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where this run finds the user's files.
 *
 * @param home               the user's Aspire directory ({@code ~/.aspire}, or {@code ASPIRE_HOME})
 * @param packDirectories    extra template-pack directories given on the command line
 * @param pluginDirectories  extra plugin directories given on the command line
 */
public record AspireSettings(Path home, List<Path> packDirectories, List<Path> pluginDirectories) {
    public static final String HOME_VARIABLE = "ASPIRE_HOME";

    public AspireSettings {
        requireNonNull(home, "home is null");
        packDirectories = List.copyOf(packDirectories);
        pluginDirectories = List.copyOf(pluginDirectories);
    }

    /** Settings with the home taken from {@code ASPIRE_HOME}, or {@code ~/.aspire} when it is not set. */
    public static AspireSettings fromEnvironment(Map<String, String> environment, String userHome) {
        String home = environment.get(HOME_VARIABLE);
        Path path = home != null && !home.isBlank() ? Path.of(home) : Path.of(userHome, ".aspire");
        return new AspireSettings(path, List.of(), List.of());
    }

    public AspireSettings withPackDirectories(List<Path> directories) {
        return new AspireSettings(home, directories, pluginDirectories);
    }

    public AspireSettings withPluginDirectories(List<Path> directories) {
        return new AspireSettings(home, packDirectories, directories);
    }

    /*
     * Written out rather than generated: a record's own equals and hashCode are linked through invokedynamic on
     * first use, which costs a command started a moment ago tens of milliseconds, and the command line
     * compares settings on every run.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof AspireSettings that && home.equals(that.home)
                && packDirectories.equals(that.packDirectories) && pluginDirectories.equals(that.pluginDirectories);
    }

    @Override
    public int hashCode() {
        return (home.hashCode() * 31 + packDirectories.hashCode()) * 31 + pluginDirectories.hashCode();
    }

    /** The user's own pack directory, {@code HOME/packs}. */
    public Path userPacks() {
        return home.resolve("packs");
    }

    /** The user's own plugin directory, {@code HOME/plugins}. */
    public Path userPlugins() {
        return home.resolve("plugins");
    }
}
