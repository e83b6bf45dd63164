package dev.aspire.cli;

import static java.util.Objects.requireNonNull;

import com.google.inject.Module;
import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.InvalidProfileException;
import dev.aspire.core.UnknownIdException;
import dev.aspire.core.scoring.AnswerScorer;
import dev.aspire.data.CatalogueReadAhead;
import dev.aspire.data.DataFileException;
import dev.aspire.scoring.ScoringLexicon;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.logging.LogManager;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs the aspire command in-process with the given streams and environment, so tests drive exactly
 * what a user runs. Errors become one line on stderr and a documented exit code; the stack trace only
 * with {@code --debug}.
 */
public final class AspireCli {
    private final InputStream in;
    private final boolean interactive;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> environment;
    private final List<? extends Module> extraModules;

    /** A command line with no input to read: a verb that asks questions meets the end of input at once. */
    public AspireCli(PrintWriter out, PrintWriter err, Map<String, String> environment,
                     List<? extends Module> extraModules) {
        this(InputStream.nullInputStream(), out, err, environment, extraModules);
    }

    /** A command line whose verbs read what the user types (answers, the exercise's replies) from {@code in}. */
    public AspireCli(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> environment,
                     List<? extends Module> extraModules) {
        this(in, false, out, err, environment, extraModules);
    }

    /** As above; {@code interactive} says that {@code in} is a person at a terminal rather than a pipe or file. */
    AspireCli(InputStream in, boolean interactive, PrintWriter out, PrintWriter err, Map<String, String> environment,
              List<? extends Module> extraModules) {
        this.in = requireNonNull(in, "in is null");
        this.interactive = interactive;
        this.out = out;
        this.err = err;
        this.environment = Map.copyOf(environment);
        this.extraModules = List.copyOf(extraModules);
    }

    public int run(String... args) {
        AspireCommand root = new AspireCommand(environment, extraModules, new LineInput(in, interactive));
        ArgumentPreview preview = ArgumentPreview.of(args);
        boolean ahead = startAhead(root, preview);
        CommandLine commandLine = new CommandLine(root.spec());
        // The verbs come first: the settings below are passed on only to subcommands already added.
        Verbs.register(commandLine, preview.verb());
        commandLine.setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(this::usageError)
                .setExecutionExceptionHandler((e, line, parsed) -> failure(e, root.debug()));
        try {
            if (ahead) {
                meanwhile(preview);
            }
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * Starts building the application graph on a second thread, from a first look at the arguments, while this
     * thread builds picocli's model of the command (see AspireServices). Guice asks java.util.logging for a
     * logger as soon as it starts, so logging is set up here first, while that thread is still finding plugins;
     * set up after the annotations below, it was the graph thread that did it, some 15 ms of its CPU.
     * Returns whether the graph is under way.
     */
    private static boolean startAhead(AspireCommand root, ArgumentPreview preview) {
        if (!preview.needsServices()) {
            return false;
        }
        root.services().prepareAhead(root.settings(preview.packDirectories(), preview.pluginDirectories()),
                Verbs.servicesFirstNeeded(preview.verb()));
        LogManager.getLogManager();
        InjectionAnnotations.readAhead();
        return true;
    }

    /**
     * Work for this thread while the graph may still be under way: a verb that scores needs the built-in
     * lexicon, the largest piece of data it reads, and most verbs need the built-in catalogue. The graph's
     * services also ask for them as they are made; each is read once per JVM, so whichever thread asks first
     * reads it and the other waits. A third thread for them only took CPU from these two. A failure is left
     * for the command, which meets it again and reports it.
     */
    private static void meanwhile(ArgumentPreview preview) {
        List<Class<?>> services = Verbs.servicesFirstNeeded(preview.verb());
        if (services.contains(AnswerScorer.class)) {
            try {
                ScoringLexicon.builtIn();
            } catch (RuntimeException | LinkageError e) {
                // the command reads the lexicon again, and reports what went wrong
            }
        }
        if (services.contains(DomainCatalogue.class)) {
            CatalogueReadAhead.run();
        }
    }

    private int usageError(ParameterException e, String[] args) {
        String command = e.getCommandLine().getCommandSpec().qualifiedName();
        err.println("aspire: " + printable(e.getMessage()) + suggestions(e) + " (see '" + command + " --help')");
        return ExitCode.USAGE;
    }

    private int failure(Exception e, boolean debug) {
        if (debug) {
            e.printStackTrace(err);
        }
        if (isUserError(e)) {
            err.println("aspire: " + printable(e.getMessage()));
            return ExitCode.USAGE;
        }
        String firstLine = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        err.println("aspire: internal error: " + e.getClass().getSimpleName() + ": " + printable(firstLine)
                + (debug ? "" : " (rerun with --debug for details)"));
        return ExitCode.INTERNAL;
    }

    /** A mistyped verb or option gets the names it may have meant, on the same line. */
    private static String suggestions(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            return "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?";
        }
        return "";
    }

    /**
     * Messages quote what files and arguments hold. A line break would split the one-line message, and an
     * escape or other control character must not reach the terminal as it is, so each is shown as a code.
     */
    static String printable(String message) {
        String text = String.valueOf(message);
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t') {
                shown.append(' ');
            } else if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    private static boolean isUserError(Exception e) {
        return e instanceof DataFileException || e instanceof UnknownIdException
                || e instanceof InvalidProfileException || e instanceof UserInputException;
    }

}
