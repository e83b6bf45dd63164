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
record ArgumentPreview(String verb, List<Path> packDirectories, List<Path> pluginDirectories, boolean helpOrVersion) {
    static final String PACKS = "--packs";
    static final String PLUGINS = "--plugins";

    static ArgumentPreview of(String... args) {
        try {
            return look(args);
        } catch (InvalidPathException e) {
            return new ArgumentPreview(null, List.of(), List.of(), false); // picocli will report it
        }
    }

    private static ArgumentPreview look(String... args) {
        List<Path> packs = new ArrayList<>();
        List<Path> plugins = new ArrayList<>();
        boolean helpOrVersion = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                break;
            } else if ((arg.equals(PACKS) || arg.equals(PLUGINS)) && i + 1 < args.length) {
                (arg.equals(PACKS) ? packs : plugins).add(Path.of(args[++i]));
            } else if (arg.startsWith(PACKS + "=")) {
                packs.add(Path.of(arg.substring(PACKS.length() + 1)));
            } else if (arg.startsWith(PLUGINS + "=")) {
                plugins.add(Path.of(arg.substring(PLUGINS.length() + 1)));
            } else if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
                helpOrVersion = true;
            }
        }
        return new ArgumentPreview(Verbs.named(args), List.copyOf(packs), List.copyOf(plugins), helpOrVersion);
    }

    /** Whether the run will most likely ask for services: a verb that uses them, and no help or version. */
    boolean needsServices() {
        return verb != null && !verb.equals("completion") && !helpOrVersion;
    }
}
