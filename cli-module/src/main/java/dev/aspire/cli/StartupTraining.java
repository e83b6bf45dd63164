package dev.aspire.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the commands people run most, once each and in one JVM, with their output thrown away. The
 * {@code ./aspire} launcher runs this with {@code -XX:ArchiveClassesAtExit} after each build, so that the
 * class-data-sharing archive holds every class those commands load and later runs start from it instead
 * of reading and verifying thousands of classes from the jar.
 *
 * <p>The launcher passes the repository's root as the only argument; with it the training also scores an
 * answer against one of the example profiles. Without it (or when the examples are gone) that one command
 * is left out and everything else still runs.
 */
public final class StartupTraining {
    /** About 150 words in the shape of a real answer, so scoring loads what it loads for a user. */
    static final String SAMPLE_ANSWER = """
            In the next few years I want to grow from serving tables into leading a front-of-house team. \
            Last summer I trained four new servers and cut our weekend wait times by ten minutes, and I \
            found that helping others do well is the part of the job I enjoy most. That is why this role \
            at your restaurant appeals to me: you promote from within and you run a mentoring programme \
            for shift leads. Over the next year I plan to learn the ordering and scheduling side, finish \
            a food safety certificate, and take on opening shifts. In three to five years I would like to \
            be an assistant manager here, responsible for training and for the guest experience on busy \
            nights. I am not in a hurry to leave; I would rather build something with one team than move \
            every year. So my aspiration is to become someone this team relies on, and to keep learning \
            while I do it.
            """;
    /** An answer that raises red flags, so that the training also prints them as a user's answer often has. */
    static final String FLAGGED_ANSWER = """
            Honestly, I see this job as a stepping stone. I plan to apply to business school in a year or two, \
            so for now I mainly want a good salary and the remote days while I figure out what comes next. My \
            last manager was disorganised, which is why I am looking.
            """;
    private static final String SAMPLE_BATCH = """
            {"id":"a","text":"I want to lead a small team of analysts within three years.","role":"Data Analyst"}
            {"id":"b","text":"Honestly I just need a job, any job, until something better comes along."}
            """;

    private StartupTraining() {
    }

    public static void main(String[] args) {
        // As a real run does; this also puts Main itself in the archive, so that a run need not open the jar
        // to find its main class.
        Main.configurePicocli();
        Path root = args.length > 0 ? Path.of(args[0]) : null;
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("aspire-training");
            for (List<String> command : commands(root, scratch)) {
                new AspireCli(discard, discard, System.getenv(), List.of()).run(command.toArray(String[]::new));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(scratch);
        }
    }

    /**
     * The training commands: each verb's help, then the catalogue verbs in both formats, then scoring (one
     * answer in each format, one that raises red flags, a batch), then the error paths (an unknown id, an
     * unknown option) so that a mistyped command starts as fast as a correct one. The sample answers are
     * written under {@code scratch}; a profile is used from {@code root}'s examples when there is one.
     */
    static List<List<String>> commands(Path root, Path scratch) throws IOException {
        List<List<String>> commands = new ArrayList<>();
        commands.add(List.of("--help"));
        commands.add(List.of("--version"));
        for (String verb : Verbs.NAMES) {
            commands.add(List.of(verb, "--help"));
        }
        commands.add(List.of("list", "archetypes"));
        commands.add(List.of("list", "questions", "--format", "json"));
        commands.add(List.of("explain", "hiring-manager"));
        commands.add(List.of("explain", "leadership-potential", "--format", "json"));
        String answer = write(scratch.resolve("answer.txt"), SAMPLE_ANSWER);
        commands.add(List.of("score", answer));
        commands.add(List.of("score", answer, "--format", "json", "--interviewer", "all"));
        commands.add(List.of("score", answer, "--format", "markdown"));
        commands.add(List.of("score", write(scratch.resolve("flagged.txt"), FLAGGED_ANSWER)));
        commands.add(List.of("score", "--batch", write(scratch.resolve("answers.jsonl"), SAMPLE_BATCH)));
        if (root != null) {
            Path profile = root.resolve("examples/profiles/restaurant-server.yaml");
            if (Files.isRegularFile(profile)) {
                commands.add(List.of("score", answer, "--profile", profile.toString()));
            }
        }
        commands.add(List.of("explain", "no-such-id"));
        commands.add(List.of("list", "archetypes", "--no-such-option"));
        return commands;
    }

    private static String write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file.toString();
    }

    private static void delete(Path scratch) {
        if (scratch == null) {
            return;
        }
        try (var files = Files.list(scratch)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(scratch);
        } catch (IOException e) {
            // A leftover file in the temporary directory is harmless; training must not fail over it.
        }
    }
}
