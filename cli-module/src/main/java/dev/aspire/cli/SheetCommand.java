package dev.aspire.cli;

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
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "sheet",
        description = {
            "Write a prep sheet: your profile, the archetype to lead with and why, an answer to every form of "
                    + "the question, notes on each interviewer, the red flags to keep out, and the follow-up "
                    + "questions to expect.",
            "The format follows the file name (.md or .html) or --format; without --out, Markdown goes to stdout. "
                    + "The HTML page is self-contained: open it in a browser or print it."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  aspire sheet --profile profile.yaml",
            "  aspire sheet --profile profile.yaml --out prep.html",
            "  aspire sheet --profile profile.yaml --out prep.md --force",
            "  aspire sheet --profile profile.yaml --format html > prep.html"})
final class SheetCommand implements Callable<Integer> {
    @ParentCommand
    private AspireCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-p", "--profile"}, paramLabel = "FILE", required = true,
            description = "Your profile, as written by 'aspire prepare'.")
    private Path profileFile;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write the sheet to FILE instead of stdout.")
    private Path out;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = SheetFormats.class,
            description = "${COMPLETION-CANDIDATES}; by default taken from the name of the --out file, else markdown.")
    private String format;

    @Option(names = "--force", description = "Replace the --out file if it already exists.")
    private boolean force;

    @Override
    public Integer call() {
        SheetFormat sheetFormat = chooseFormat();
        if (out != null) {
            OutFile.requireWritable(out, force);
        }
        CandidateProfile profile = root.services().get(ProfileReader.class).read(profileFile);
        PrepSheetBuilder builder = new PrepSheetBuilder(root.services().get(AnswerComposer.class),
                root.services().get(AnswerScorer.class), root.services().get(DomainCatalogue.class),
                root.services().get(FollowUpQuestions.class));
        String sheet = sheetFormat.render(builder.build(profile));

        PrintWriter stdout = spec.commandLine().getOut();
        if (out == null) {
            stdout.print(sheet);
        } else {
            AtomicFiles.write(out, sheet, force);
            stdout.println("Prep sheet written to " + out + " (" + sheetFormat.id() + ").");
        }
        stdout.flush();
        return ExitCode.OK;
    }

    private SheetFormat chooseFormat() {
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

    /** The sheet formats, for help texts and shell completion. */
    static final class SheetFormats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(SheetFormat.values()).map(SheetFormat::id).iterator();
        }
    }
}
