package dev.aspire.cli;

import static java.util.Objects.requireNonNull;

import dev.aspire.coach.PreparationExercise;
import dev.aspire.core.CandidateProfile;
import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.answer.AnswerComposer;
import dev.aspire.core.answer.ComposedAnswer;
import dev.aspire.data.ProfileWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

final class PrepareCommand implements Callable<Integer> {
    private static final int WIDTH = 76;

    private final AspireCommand root;
    private final CommandSpec spec;

    PrepareCommand(AspireCommand root) {
        this.root = requireNonNull(root, "root is null");
        this.spec = model(this);
    }

    /** The verb's command line, declared in code rather than with annotations (see {@link Verbs}). */
    private static CommandSpec model(PrepareCommand verb) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(verb).name("prepare");
        spec.usageMessage()
                .description(
                        "Work through the five-step preparation exercise and save your answers as a profile.",
                        "The questions go to stderr and your replies are read from stdin, one per line, so the exercise "
                                + "also runs from a script. The profile is written only once every answer is valid.")
                .footerHeading("%nExamples:%n")
                .footer(
                        "  aspire prepare",
                        "  aspire prepare --out cacao.yaml",
                        "  aspire prepare --out cacao.yaml --force < replies.txt");
        spec.addOption(OptionSpec.builder("-o", "--out").paramLabel("FILE").type(Path.class).defaultValue("profile.yaml")
                .description("Where to save the profile (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(OptionSpec.builder("--force").type(boolean.class)
                .description("Replace FILE if it already exists.").build());
        return HelpOptions.addTo(spec);
    }

    /** The command's model, whose user object is this verb. */
    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        // Checked before the first question: nobody should answer them all only to be told the file is taken.
        Path out = out();
        OutFile.requireWritable(out, force());
        AnswerComposer composer = root.services().get(AnswerComposer.class);
        PreparationExercise exercise = root.services().get(PreparationExercise.class);

        CandidateProfile profile = exercise.run(new TerminalConversation(root.input(), spec.commandLine().getErr()));
        root.services().get(ProfileWriter.class).write(out, profile, force());
        ComposedAnswer first = composer.compose(
                exercise.firstAnswer(profile, root.services().get(DomainCatalogue.class)));

        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Profile saved to " + out + ".");
        stdout.println();
        stdout.println("Step 5 of 5: practise. Your first answer to \"" + first.question().question() + "\",");
        stdout.println("as the hiring manager would hear it (archetype: " + first.archetype().name() + "):");
        stdout.println();
        Wrap.lines(first.text(), WIDTH - 4).forEach(line -> stdout.println("    " + line));
        stdout.println();
        stdout.println("Make it sound like you, then say it aloud until it flows. Next:");
        String profileOption = " --profile " + ShellWords.quote(out);
        Map<String, String> next = new LinkedHashMap<>();
        next.put("Every form of the question, for every interviewer:", "aspire answer" + profileOption + " --all");
        next.put("Answer in your own words and get scored:", "aspire practice" + profileOption);
        next.put("A prep sheet to revise from:", "aspire sheet" + profileOption + " --out prep.html");
        next.forEach((what, command) -> {
            stdout.println("  " + what);
            stdout.println("    " + command);
        });
        stdout.flush();
        return ExitCode.OK;
    }

    private Path out() {
        return spec.findOption("--out").getValue();
    }

    private boolean force() {
        return Boolean.TRUE.equals(spec.findOption("--force").getValue());
    }
}
