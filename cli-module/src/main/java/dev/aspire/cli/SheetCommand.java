package dev.aspire.cli;

import static java.util.Objects.requireNonNull;

import dev.aspire.coach.FollowUpQuestions;
import dev.aspire.coach.PrepSheetBuilder;
import dev.aspire.coach.SheetFormat;
import dev.aspire.core.CandidateProfile;
import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.answer.AnswerComposer;
import dev.aspire.core.scoring.AnswerScorer;
import dev.aspire.data.AtomicFiles;
import dev.aspire.data.ProfileReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

final class SheetCommand implements Callable<Integer> {
    private final AspireCommand root;
    private final CommandSpec spec;

    SheetCommand(AspireCommand root) {
        this.root = requireNonNull(root, "root is null");
        this.spec = model(this);
    }

    /** The verb's command line, declared in code rather than with annotations (see {@link Verbs}). */
    private static CommandSpec model(SheetCommand verb) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(verb).name("sheet");
        spec.usageMessage()
                .description(
                        "Write a prep sheet: your profile, the archetype to lead with and why, an answer to every form "
                                + "of the question, notes on each interviewer, the red flags to keep out, and the "
                                + "follow-up questions to expect.",
                        "The format follows the file name (.md or .html) or --format; without --out, Markdown goes to "
                                + "stdout. The HTML page is self-contained: open it in a browser or print it.")
                .footerHeading("%nExamples:%n")
                .footer(
                        "  aspire sheet --profile profile.yaml",
                        "  aspire sheet --profile profile.yaml --out prep.html",
                        "  aspire sheet --profile profile.yaml --out prep.md --force",
                        "  aspire sheet --profile profile.yaml --format html > prep.html");
        spec.addOption(OptionSpec.builder("-p", "--profile").paramLabel("FILE").type(Path.class).required(true)
                .description("Your profile, as written by 'aspire prepare'.").build());
        spec.addOption(OptionSpec.builder("-o", "--out").paramLabel("FILE").type(Path.class)
                .description("Write the sheet to FILE instead of stdout.").build());
        spec.addOption(OptionSpec.builder("--format").paramLabel("FORMAT").type(String.class)
                .completionCandidates(SheetFormat.ids())
                .description("${COMPLETION-CANDIDATES}; by default taken from the name of the --out file, else markdown.")
                .build());
        spec.addOption(OptionSpec.builder("--force").type(boolean.class)
                .description("Replace the --out file if it already exists.").build());
        return HelpOptions.addTo(spec);
    }

    /** The command's model, whose user object is this verb. */
    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        SheetFormat sheetFormat = chooseFormat();
        Path out = out();
        if (out != null) {
            OutFile.requireWritable(out, force());
        }
        CandidateProfile profile = root.services().get(ProfileReader.class).read(profileFile());
        PrepSheetBuilder builder = new PrepSheetBuilder(root.services().get(AnswerComposer.class),
                root.services().get(AnswerScorer.class), root.services().get(DomainCatalogue.class),
                root.services().get(FollowUpQuestions.class));
        String sheet = sheetFormat.render(builder.build(profile));

        PrintWriter stdout = spec.commandLine().getOut();
        if (out == null) {
            stdout.print(sheet);
        } else {
            AtomicFiles.write(out, sheet, force());
            stdout.println("Prep sheet written to " + out + " (" + sheetFormat.id() + ").");
        }
        stdout.flush();
        return ExitCode.OK;
    }

    private SheetFormat chooseFormat() {
        Path out = out();
        String format = format();
        Optional<SheetFormat> named = out == null ? Optional.empty() : SheetFormat.fromFileName(out);
        if (format != null) {
            SheetFormat chosen = SheetFormat.fromId(format);
            if (named.isPresent() && named.get() != chosen) {
                throw new UserInputException("--format " + chosen.id() + " does not match the file name " + out
                        + "; leave out --format or change the file's extension");
            }
            return chosen;
        }
        if (out != null) {
            return named.orElseThrow(() -> new UserInputException("cannot tell the format from the name " + out
                    + "; end it in .md or .html, or pass --format " + String.join("|", SheetFormat.ids())));
        }
        return SheetFormat.MARKDOWN;
    }

    private Path profileFile() {
        return spec.findOption("--profile").getValue();
    }

    private Path out() {
        return spec.findOption("--out").getValue();
    }

    private String format() {
        return spec.findOption("--format").getValue();
    }

    private boolean force() {
        return Boolean.TRUE.equals(spec.findOption("--force").getValue());
    }
}
