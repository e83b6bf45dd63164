package dev.aspire.templates;

import static java.util.Objects.requireNonNull;

import dev.aspire.data.AspireSettings;
import dev.aspire.data.DataFileException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every template pack of this run, read once on first use: the built-in pack, then the plugins' packs, then
 * the user's {@code packs} directory, then each {@code --packs} directory in the order given. Later packs
 * override earlier ones, so a user's phrasing replaces the built-in or plugin one it matches exactly.
 */
final class TemplatePacks {
    static final String BUILT_IN = "built-in-pack.yaml";
    static final int MAX_FILES_PER_DIRECTORY = 100;

    private final AspireSettings settings;
    private final PackReader reader;
    private final List<PluginPack> pluginPacks;
    private Pack builtIn;
    private List<Pack> added;
    private RuntimeException failure;

    @Inject
    TemplatePacks(AspireSettings settings, PackReader reader, Set<PluginPack> pluginPacks) {
        this.settings = requireNonNull(settings, "settings is null");
        this.reader = requireNonNull(reader, "reader is null");
        this.pluginPacks = List.copyOf(pluginPacks);
    }

    /**
     * The packs in the order they apply: the built-in pack, then those that plugins and the user add. Reading
     * happens on the first call, never in a module; each outcome is kept, a failure too, so that every caller
     * in a run sees the same packs or the same error.
     */
    synchronized List<Pack> all() {
        if (builtIn == null) {
            Pack pack = reader.readResource(TemplatePacks.class, BUILT_IN);
            if (!pack.archetypes().isEmpty()) {
                // The catalogue never sees them (see added()): built-in archetypes belong in catalogue.yaml.
                throw new IllegalStateException(BUILT_IN + " defines archetypes; move them to catalogue.yaml");
            }
            builtIn = pack;
        }
        List<Pack> all = new ArrayList<>();
        all.add(builtIn);
        all.addAll(added());
        return List.copyOf(all);
    }

    /**
     * Only the packs that plugins and the user add. The built-in pack holds phrasings alone (the built-in
     * archetypes live in the catalogue), so what packs add to the catalogue is found here, and a command that
     * needs the catalogue but no phrasing, such as scoring, never reads the built-in pack.
     */
    synchronized List<Pack> added() {
        if (failure != null) {
            throw failure;
        }
        if (added == null) {
            try {
                added = loadAdded();
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }
        return added;
    }

    private List<Pack> loadAdded() {
        List<Pack> loaded = new ArrayList<>();
        for (PluginPack pack : pluginPacks) {
            loaded.add(reader.readResource(pack.anchor(), pack.resource(), pack.source()));
        }
        if (Files.isDirectory(settings.userPacks())) {
            packFiles(settings.userPacks()).forEach(file -> loaded.add(reader.read(file)));
        }
        for (Path directory : settings.packDirectories()) {
            if (!Files.isDirectory(directory)) {
                throw new DataFileException(directory + (Files.exists(directory) ? ": is a file, not a directory"
                        : ": no such directory") + "; --packs takes a directory of .yaml or .json pack files");
            }
            packFiles(directory).forEach(file -> loaded.add(reader.read(file)));
        }
        requireUniqueArchetypes(loaded);
        return List.copyOf(loaded);
    }

    /** Pack files directly in {@code directory}, by name so that the order never depends on the file system. */
    private static List<Path> packFiles(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            Path inside = directory.toRealPath();
            List<Path> files = entries
                    .filter(TemplatePacks::isPackFile)
                    .filter(file -> staysInside(file, inside))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(path -> path.getFileName().toString()))
                    .toList();
            if (files.size() > MAX_FILES_PER_DIRECTORY) {
                throw new DataFileException(directory + ": holds " + files.size() + " pack files; the limit is "
                        + MAX_FILES_PER_DIRECTORY + " per directory");
            }
            return files;
        } catch (IOException e) {
            throw new DataFileException(directory + ": cannot be listed (" + e.getMessage() + ")", e);
        }
    }

    /**
     * A pack directory may come from a stranger's archive, where a link named {@code pack.yaml} could point at
     * any file of the user's; reading it would show its lines in error messages. Links are followed only when
     * they lead to a file inside the directory. A link that leads nowhere is skipped like any non-file.
     */
    private static boolean staysInside(Path file, Path inside) {
        if (!Files.isSymbolicLink(file)) {
            return true;
        }
        Path target;
        try {
            target = file.toRealPath();
        } catch (IOException e) {
            return false;
        }
        if (!target.startsWith(inside)) {
            throw new DataFileException(file + ": is a link to " + target + ", outside the pack directory; packs"
                    + " are read only from inside their directory, so copy the file in or remove the link");
        }
        return true;
    }

    private static boolean isPackFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }

    private static void requireUniqueArchetypes(List<Pack> packs) {
        Map<String, String> definedAt = new HashMap<>();
        for (Pack pack : packs) {
            for (PackFile.ArchetypeItem item : pack.archetypes()) {
                String where = pack.source() + ":" + item.line();
                String earlier = definedAt.putIfAbsent(item.archetype().id(), where);
                if (earlier != null) {
                    throw new DataFileException(where + ": archetype '" + item.archetype().id()
                            + "' is already defined at " + earlier + "; give it another id");
                }
            }
        }
    }
}
