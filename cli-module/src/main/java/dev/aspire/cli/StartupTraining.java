package dev.aspire.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Runs the commands people run most, once each and in one JVM, with their output thrown away. The
 * {@code ./aspire} launcher runs this with {@code -XX:ArchiveClassesAtExit} after each build, so that the
 * class-data-sharing archive holds every class those commands load and later runs start from it instead
 * of reading and verifying thousands of classes from the jar.
 */
public final class StartupTraining {
    private StartupTraining() {
    }

    public static void main(String[] args) {
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        for (List<String> command : commands()) {
            new AspireCli(discard, discard, System.getenv(), List.of()).run(command.toArray(String[]::new));
        }
    }

    /**
     * The training commands: each verb's help, then the catalogue verbs in both formats, then the error paths
     * (an unknown id, an unknown option) so that a mistyped command starts as fast as a correct one.
     */
    static List<List<String>> commands() {
        List<List<String>> commands = new ArrayList<>();
        commands.add(List.of("--help"));
        commands.add(List.of("--version"));
        for (String verb : new CommandLine(new AspireCommand(System.getenv(), List.of(),
                new LineInput(InputStream.nullInputStream(), false))).getSubcommands().keySet()) {
            commands.add(List.of(verb, "--help"));
        }
        commands.add(List.of("list", "archetypes"));
        commands.add(List.of("list", "questions", "--format", "json"));
        commands.add(List.of("explain", "hiring-manager"));
        commands.add(List.of("explain", "leadership-potential", "--format", "json"));
        commands.add(List.of("explain", "no-such-id"));
        commands.add(List.of("list", "archetypes", "--no-such-option"));
        return commands;
    }
}
