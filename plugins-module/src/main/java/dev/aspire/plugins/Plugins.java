package dev.aspire.plugins;

import static java.util.Objects.requireNonNull;

import dev.aspire.data.AspireSettings;
import dev.aspire.data.DataFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The one place where plugins are found: on the class path, then in the user's plugin directory, then in each
 * {@code --plugins} directory. Every plugin is checked before it joins the run; one that fails a check is
 * left out, and a line saying which and why goes to {@code warnings}.
 */
public final class Plugins {
    private Plugins() {
    }

    /**
     * Finds and checks the plugins for a run with these settings.
     *
     * @param settings  where the user's plugin directory and the {@code --plugins} directories are
     * @param classPath the class loader whose class path is searched first, usually Aspire's own
     * @param warnings  receives one line per plugin left out, e.g.
     *                  {@code plugin 'x' (/home/me/.aspire/plugins/x.jar) skipped: its constructor failed: ...}
     * @return the module that wires the accepted plugins' contributions, empty when there are none
     * @throws DataFileException when a {@code --plugins} directory does not exist
     */
    public static PluginModule load(AspireSettings settings, ClassLoader classPath, Consumer<String> warnings) {
        requireNonNull(settings, "settings is null");
        requireNonNull(classPath, "classPath is null");
        requireNonNull(warnings, "warnings is null");
        List<Found> found = new PluginDiscovery(warnings).find(classPath, directories(settings));
        List<Candidate> candidates = new ArrayList<>();
        for (Found plugin : found) {
            try {
                candidates.add(Candidate.declaredBy(plugin));
            } catch (PluginProblem problem) {
                warnings.accept(problem.getMessage());
            }
        }
        if (candidates.isEmpty()) {
            return new PluginModule(List.of());
        }
        return new PluginModule(PluginVetting.vet(candidates, settings, warnings));
    }

    /**
     * The user's directory when it exists, then every {@code --plugins} directory, which must exist. A directory
     * named twice is searched once, so that its plugins do not clash with themselves.
     */
    private static List<Path> directories(AspireSettings settings) {
        List<Path> directories = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        if (Files.isDirectory(settings.userPlugins()) && seen.add(settings.userPlugins().toAbsolutePath().normalize())) {
            directories.add(settings.userPlugins());
        }
        for (Path directory : settings.pluginDirectories()) {
            if (!Files.isDirectory(directory)) {
                throw new DataFileException(directory + ": no such directory; --plugins takes a directory that"
                        + " holds plugin .jar files");
            }
            if (seen.add(directory.toAbsolutePath().normalize())) {
                directories.add(directory);
            }
        }
        return directories;
    }
}
