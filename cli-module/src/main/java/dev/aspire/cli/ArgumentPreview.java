package dev.aspire.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the arguments say before picocli has parsed them: the verb and the global options that decide what
 * goes into the application graph. It lets {@link AspireServices} start building the graph while picocli
 * builds its model of the command, on the other core. It is only a first look: what picocli parses is what
 * counts, and a graph built from a first look that turns out wrong is thrown away.
 */
record ArgumentPreview(String verb, List<Path> packDirectories, List<Path> pluginDirectories,
                       boolean needsServices) {
    static final String PACKS = "--packs";
    static final String PLUGINS = "--plugins";

    /**
     * One pass over the arguments. The verb is the first word that is neither an option nor a global option's
     * value, when it names a verb; global options may stand before or after it. Nothing after {@code --} counts.
     * The run most likely needs services when it names a verb that uses them, asks for no help or version, and
     * every directory given is a possible path (otherwise picocli reports it, and no graph is worth building).
     */
    static ArgumentPreview of(String... args) {
        List<String> packs = new ArrayList<>();
        List<String> plugins = new ArrayList<>();
        boolean helpOrVersion = false;
        String firstWord = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                break;
            } else if (arg.equals(PACKS) || arg.equals(PLUGINS)) {
                if (i + 1 < args.length) {
                    (arg.equals(PACKS) ? packs : plugins).add(args[++i]);
                }
            } else if (arg.startsWith(PACKS + "=")) {
                packs.add(arg.substring(PACKS.length() + 1));
            } else if (arg.startsWith(PLUGINS + "=")) {
                plugins.add(arg.substring(PLUGINS.length() + 1));
            } else if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
                helpOrVersion = true;
            } else if (!arg.startsWith("-") && firstWord == null) {
                firstWord = arg;
            }
        }
        String verb = firstWord != null && Verbs.NAMES.contains(firstWord) ? firstWord : null;
        try {
            return new ArgumentPreview(verb, paths(packs), paths(plugins),
                    verb != null && !verb.equals("completion") && !helpOrVersion);
        } catch (InvalidPathException e) {
            return new ArgumentPreview(verb, List.of(), List.of(), false); // picocli will report it
        }
    }

    private static List<Path> paths(List<String> values) {
        return values.stream().map(Path::of).toList();
    }
}
