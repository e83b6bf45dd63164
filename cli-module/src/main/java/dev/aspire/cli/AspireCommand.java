package dev.aspire.cli;

import dev.aspire.data.AspireSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/** The root command: global options; {@link Verbs} adds the verbs as subcommands. */
final class AspireCommand implements Runnable {
    private final AspireServices services;
    private final Map<String, String> environment;
    private final LineInput input;
    /** Made when first asked for, which is after the graph's thread has started (see AspireCli). */
    private CommandSpec spec;

    AspireCommand(Map<String, String> environment, List<? extends com.google.inject.Module> extraModules,
                  LineInput input) {
        this.environment = Map.copyOf(environment);
        this.input = input;
        this.services = new AspireServices(this::settings, extraModules, () -> spec().commandLine().getErr());
    }

    /**
     * The command line's model, declared in code like every verb's (see {@link Verbs}). Its scope is inherited:
     * the verbs take its version, its unsorted option list and its automatic width, and the global options.
     */
    private static CommandSpec model(AspireCommand command) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command)
                .name("aspire")
                .versionProvider(new VersionProvider())
                .scopeType(ScopeType.INHERIT);
        spec.usageMessage()
                .sortOptions(false)
                .autoWidth(true)
                .description(
                        "An offline coach for the interview question \"What are your career aspirations?\".",
                        "Prepare a profile, get tailored answers, and score your own.")
                .footerHeading("%nExit codes:%n")
                .footer(
                        "  0  done",
                        "  1  the answer scored below --min-score",
                        "  2  a usage or input error; the message says what to fix",
                        "  3  an internal error; rerun with --debug to see why",
                        "",
                        "Environment:",
                        "  ASPIRE_HOME  where packs, plugins and history live (default ~/.aspire)",
                        "  NO_COLOR     set to turn off colour");
        spec.addOption(OptionSpec.builder("--packs").paramLabel("DIR").type(List.class).auxiliaryTypes(Path.class)
                .scopeType(ScopeType.INHERIT).description("Also load template packs from DIR (repeatable).").build());
        spec.addOption(OptionSpec.builder("--plugins").paramLabel("DIR").type(List.class).auxiliaryTypes(Path.class)
                .scopeType(ScopeType.INHERIT).description("Also load plugin jars from DIR (repeatable).").build());
        spec.addOption(OptionSpec.builder("--debug").type(boolean.class)
                .scopeType(ScopeType.INHERIT).description("Show the full stack trace when something fails.").build());
        return HelpOptions.addTo(spec);
    }

    @Override
    public void run() {
        spec().commandLine().usage(spec().commandLine().getOut());
    }

    /** The model that picocli parses the arguments with; its user object is this command. */
    CommandSpec spec() {
        if (spec == null) {
            spec = model(this);
        }
        return spec;
    }

    AspireServices services() {
        return services;
    }

    /** What the user types, shared by the verbs that ask for it. */
    LineInput input() {
        return input;
    }

    /** Whether {@code --debug} was given, before or after the verb. */
    boolean debug() {
        return Boolean.TRUE.equals(spec().findOption("--debug").getValue());
    }

    /** The environment this run was started with, e.g. to respect {@code NO_COLOR}. */
    Map<String, String> environment() {
        return environment;
    }

    private AspireSettings settings() {
        return settings(directories("--packs"), directories("--plugins"));
    }

    /**
     * The directories given with {@code option}, wherever they stood, in the order given. The verb's copy of
     * an inherited option shares the root's value, which picocli starts afresh when it parses the verb's own
     * arguments, so {@code --packs A list --packs B} would leave B alone; each copy keeps the words it took,
     * and those are read here, level by level.
     */
    private List<Path> directories(String option) {
        ParseResult parsed = spec().commandLine().getParseResult();
        if (parsed == null) {
            List<Path> given = spec().findOption(option).getValue();
            return given == null ? List.of() : given;
        }
        List<Path> directories = new ArrayList<>();
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            OptionSpec matched = level.matchedOption(option);
            if (matched != null) {
                for (String value : matched.originalStringValues()) {
                    directories.add(Path.of(value));
                }
            }
        }
        return List.copyOf(directories);
    }

    /** The settings this run has with these values of {@code --packs} and {@code --plugins}. */
    AspireSettings settings(List<Path> packs, List<Path> plugins) {
        return AspireSettings.fromEnvironment(environment, System.getProperty("user.home"))
                .withPackDirectories(packs)
                .withPluginDirectories(plugins);
    }
}
