package dev.aspire.cli;

import dev.aspire.data.AspireSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: global options; {@link Verbs} adds the verbs as subcommands. */
@Command(name = "aspire",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        scope = ScopeType.INHERIT,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "An offline coach for the interview question \"What are your career aspirations?\".",
            "Prepare a profile, get tailored answers, and score your own."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  done",
            "  1  the answer scored below --min-score",
            "  2  a usage or input error; the message says what to fix",
            "  3  an internal error; rerun with --debug to see why",
            "",
            "Environment:",
            "  ASPIRE_HOME  where packs, plugins and history live (default ~/.aspire)",
            "  NO_COLOR     set to turn off colour"})
final class AspireCommand implements Runnable {
    private final AspireServices services;
    private final Map<String, String> environment;
    private final LineInput input;

    @Spec
    private CommandSpec spec;

    @Option(names = "--packs", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Also load template packs from DIR (repeatable).")
    private List<Path> packDirectories = new ArrayList<>();

    @Option(names = "--plugins", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Also load plugin jars from DIR (repeatable).")
    private List<Path> pluginDirectories = new ArrayList<>();

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show the full stack trace when something fails.")
    private boolean debug;

    AspireCommand(Map<String, String> environment, List<? extends com.google.inject.Module> extraModules,
                  LineInput input) {
        this.environment = Map.copyOf(environment);
        this.input = input;
        this.services = new AspireServices(this::settings, extraModules, () -> spec.commandLine().getErr());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    AspireServices services() {
        return services;
    }

    /** What the user types, shared by the verbs that ask for it. */
    LineInput input() {
        return input;
    }

    boolean debug() {
        return debug;
    }

    /** The environment this run was started with, e.g. to respect {@code NO_COLOR}. */
    Map<String, String> environment() {
        return environment;
    }

    private AspireSettings settings() {
        return settings(packDirectories, pluginDirectories);
    }

    /** The settings this run has with these values of {@code --packs} and {@code --plugins}. */
    AspireSettings settings(List<Path> packs, List<Path> plugins) {
        return AspireSettings.fromEnvironment(environment, System.getProperty("user.home"))
                .withPackDirectories(packs)
                .withPluginDirectories(plugins);
    }
}
