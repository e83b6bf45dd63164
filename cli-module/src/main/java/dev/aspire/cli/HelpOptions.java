package dev.aspire.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code -h/--help} and {@code -V/--version} options that every aspire command takes, in picocli's own words.
 * Picocli's {@code mixinStandardHelpOptions} adds the same two, but builds them from annotations, which a JVM
 * that has just started pays dearly for (see {@link Verbs}).
 */
final class HelpOptions {
    private HelpOptions() {
    }

    /** Adds both options after those {@code command} already has, where the mixin put them in the help. */
    static CommandSpec addTo(CommandSpec command) {
        command.addOption(OptionSpec.builder("-h", "--help").type(boolean.class).usageHelp(true)
                .description("Show this help message and exit.").build());
        command.addOption(OptionSpec.builder("-V", "--version").type(boolean.class).versionHelp(true)
                .description("Print version information and exit.").build());
        return command;
    }
}
