package dev.aspire.plugins;

import dev.aspire.core.plugin.AspirePlugin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Creates the plugins that {@link ServiceLoader} finds on the class path and in each jar of the plugin
 * directories. A provider that cannot be created (its class is missing, it is not a plugin, its constructor
 * throws) is reported and passed over; the loader goes on with the next one.
 */
final class PluginDiscovery {
    static final String CLASS_PATH = "class path";
    /** ServiceLoader tries to go on after an error; this bounds a jar that keeps failing the same way. */
    private static final int MAX_PROBLEMS_PER_SOURCE = 20;

    private final Consumer<String> warnings;

    PluginDiscovery(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    List<Found> find(ClassLoader classPath, List<Path> directories) {
        List<Found> found = new ArrayList<>();
        load(classPath, CLASS_PATH, found);
        for (Path directory : directories) {
            for (Path jar : jars(directory)) {
                if (readable(jar)) {
                    load(new PluginClassLoader(jar, AspirePlugin.class.getClassLoader()), jar.toString(), found);
                }
            }
        }
        return found;
    }

    private void load(ClassLoader loader, String location, List<Found> found) {
        Iterator<AspirePlugin> providers = ServiceLoader.load(AspirePlugin.class, loader).iterator();
        int problems = 0;
        while (problems < MAX_PROBLEMS_PER_SOURCE) {
            try {
                Optional<AspirePlugin> next = ContextLoader.call(loader,
                        () -> providers.hasNext() ? Optional.of(providers.next()) : Optional.empty());
                if (next.isEmpty()) {
                    return;
                }
                found.add(new Found(next.get(), location));
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                problems++;
                warnings.accept(PluginProblem.skipped(name(e), location, reason(e, location)).getMessage());
            }
        }
    }

    /** The class the error is about, as the JDK names it in the message; {@code null} when it does not. */
    private static String name(Throwable e) {
        String message = String.valueOf(e.getMessage());
        for (Pattern pattern : ErrorMessages.NAMING_A_CLASS) {
            Matcher matcher = pattern.matcher(message);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        return null;
    }

    private static String reason(Throwable e, String location) {
        String where = CLASS_PATH.equals(location) ? "on the class path" : "in the jar";
        String message = String.valueOf(e.getMessage());
        Throwable cause = e.getCause();
        if (e instanceof NoClassDefFoundError || cause instanceof NoClassDefFoundError) {
            Throwable missing = e instanceof NoClassDefFoundError ? e : cause;
            return "it needs class " + String.valueOf(missing.getMessage()).replace('/', '.') + ", which is not "
                    + where + "; bundle the plugin's libraries into its jar";
        }
        if (message.contains(" not found")) {
            return "its class is not " + where + "; check the name in META-INF/services/" + AspirePlugin.class.getName();
        }
        if (message.contains("not a subtype")) {
            return "the class does not implement " + AspirePlugin.class.getName();
        }
        if (message.contains("could not be instantiated") && cause != null) {
            return "its constructor failed: " + PluginProblem.describe(cause);
        }
        if (message.contains("no-arg constructor") || message.contains("is not public")) {
            return "it needs a public class with a public constructor that takes no arguments";
        }
        return PluginProblem.describe(cause != null ? cause : e);
    }

    /**
     * Whether {@code jar} opens as a jar. A class loader passes over one that does not without a word, so a
     * truncated download or a file that is not a jar would leave its plugin out with nothing said.
     */
    private boolean readable(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return true;
        } catch (IOException e) {
            warnings.accept(PluginProblem.skipped(null, jar.toString(), "it is not a readable jar file ("
                    + e.getMessage() + "); build or download the plugin again").getMessage());
            return false;
        }
    }

    /** The jars directly in {@code directory}, by name, so that the order never depends on the file system. */
    private List<Path> jars(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries
                    .filter(Files::isRegularFile)
                    .filter(file -> {
                        String name = file.getFileName().toString();
                        return !name.startsWith(".") && name.toLowerCase(Locale.ROOT).endsWith(".jar");
                    })
                    .sorted(Comparator.comparing(file -> file.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            warnings.accept("plugin directory " + directory + " skipped: it cannot be listed (" + e.getMessage() + ")");
            return List.of();
        }
    }

    /**
     * How the JDK's messages name the class at fault. They are compiled only when a plugin fails, in a holder of
     * their own: every command looks for plugins as it starts, and compiling them then would cost it time.
     */
    private static final class ErrorMessages {
        static final List<Pattern> NAMING_A_CLASS =
                List.of(Pattern.compile("Provider (\\S+) "), Pattern.compile(": (\\S+) not a subtype"));
    }
}
