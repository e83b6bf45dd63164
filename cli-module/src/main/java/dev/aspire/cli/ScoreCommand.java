package dev.aspire.cli;

import dev.aspire.core.CandidateProfile;
import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.InterviewerRole;
import dev.aspire.core.TargetJob;
import dev.aspire.core.scoring.AnswerScorer;
import dev.aspire.core.scoring.ScoreReport;
import dev.aspire.core.scoring.ScoringRequest;
import dev.aspire.data.ProfileReader;
import dev.aspire.data.TextFiles;
import dev.aspire.scoring.ScoringLexicon;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "score",
        description = "Score an answer to the career-aspirations question: points per criterion, red flags in "
                + "your own words, and how each interviewer would hear it.",
        sortOptions = false,
        footerHeading = "%nExamples:%n",
        footer = {
            "  aspire score answer.txt --role \"Marketing Assistant\" --company \"Cacao & Co\" --industry confectionery",
            "  aspire score answer.txt --profile examples/profiles/restaurant-server.yaml --question five-years",
            "  pbpaste | aspire score - --interviewer all",
            "  aspire score answer.txt --format json --min-score 75",
            "  aspire score --batch answers.jsonl > scores.jsonl",
            "",
            "A batch line is a JSON object: {\"id\", \"text\", \"question\", \"interviewer\", \"role\", \"company\",",
            "\"industry\"}; only text is required. One result per line comes back, in order, with the id."})
final class ScoreCommand implements Callable<Integer> {
    private static final String STDIN = "-";
    private static final String ALL = "all";

    @ParentCommand
    private AspireCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "The answer to score, or - for standard input (the default).")
    private String file;

    @Option(names = "--batch", paramLabel = "FILE.jsonl",
            description = "Score a JSON Lines file (or - for standard input), one answer per line.")
    private String batch;

    @Option(names = "--profile", paramLabel = "FILE", description = "Take the job applied for from a profile.")
    private Path profile;

    @Option(names = "--role", paramLabel = "TITLE", description = "The role's title, e.g. \"Data Analyst\".")
    private String role;

    @Option(names = "--company", paramLabel = "NAME", description = "The company's name.")
    private String company;

    @Option(names = "--industry", paramLabel = "INDUSTRY", description = "The company's industry.")
    private String industry;

    @Option(names = "--question", paramLabel = "ID",
            description = "The form of the question answered (see 'aspire list'); default career-aspirations.")
    private String question;

    @Option(names = "--interviewer", paramLabel = "ID|all",
            description = "Score as this interviewer hears it, or 'all' for every interviewer side by side.")
    private String interviewer;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text, json or markdown (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--min-score", paramLabel = "N", defaultValue = "0",
            description = "Exit with 1 when the score is below N (0-100); in a batch, when any answer is.")
    private int minScore;

    @Option(names = "--threads", paramLabel = "N",
            description = "Score a batch on N threads (default: the number of processors); output stays in order.")
    private Integer threads;

    @Option(names = "--phrases",
            description = "Print every phrase of the built-in scoring lexicon, one per line, and exit "
                    + "(for comparing with plain-text search tools).")
    private boolean phrases;

    @Option(names = "--pace", paramLabel = "WPM", defaultValue = "" + ScoringRequest.DEFAULT_WORDS_PER_MINUTE,
            description = "Speaking pace in words per minute, to turn words into seconds (default: ${DEFAULT-VALUE}).")
    private int pace;

    @Override
    public Integer call() {
        if (phrases) {
            PrintWriter out = spec.commandLine().getOut();
            ScoringLexicon.builtIn().phrases().forEach(out::println);
            out.flush();
            return ExitCode.OK;
        }
        checkOptions();
        OutputFormat outputFormat = Formats.parse(format, OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.MARKDOWN);
        // The catalogue first: the scorer is the service the graph's own thread builds first (see Verbs), so
        // the two are built at the same time, one on each thread.
        DomainCatalogue catalogue = root.services().get(DomainCatalogue.class);
        AnswerScorer scorer = root.services().get(AnswerScorer.class);
        ScoringContext context = new ScoringContext(catalogue);
        if (batch != null) {
            return runBatch(scorer, context);
        }
        String answer = readAnswer();
        Optional<TargetJob> job = job();
        PrintWriter out = spec.commandLine().getOut();
        int score;
        if (ALL.equals(interviewer)) {
            ScoreReport neutral = scorer.score(context.request(answer, job, question, null, pace));
            List<ScoreReport> heard = new ArrayList<>();
            for (InterviewerRole each : catalogue.interviewerRoles().all()) {
                heard.add(scorer.score(context.request(answer, job, question, each.id(), pace)));
            }
            InterviewerComparison comparison = new InterviewerComparison(neutral, heard);
            switch (outputFormat) {
                case JSON -> Json.print(out, comparison.json());
                case MARKDOWN -> comparison.markdown(out);
                default -> comparison.text(out);
            }
            score = neutral.score();
        } else {
            ScoreReport report = scorer.score(context.request(answer, job, question, interviewer, pace));
            switch (outputFormat) {
                case JSON -> Json.print(out, report);
                case MARKDOWN -> new ScoreMarkdown(out).print(answer, report, pace);
                default -> new ScoreText(out, colour()).print(answer, report, pace);
            }
            score = report.score();
        }
        out.flush();
        return score < minScore ? ExitCode.BELOW_MIN_SCORE : ExitCode.OK;
    }

    private void checkOptions() {
        if (minScore < 0 || minScore > 100) {
            throw new UserInputException("--min-score must be 0-100, was " + minScore);
        }
        if (pace < ScoringRequest.MIN_WORDS_PER_MINUTE || pace > ScoringRequest.MAX_WORDS_PER_MINUTE) {
            throw new UserInputException("--pace must be " + ScoringRequest.MIN_WORDS_PER_MINUTE + "-"
                    + ScoringRequest.MAX_WORDS_PER_MINUTE + " words per minute, was " + pace);
        }
        if (threads != null && (threads < 1 || threads > 256)) {
            throw new UserInputException("--threads must be 1-256, was " + threads);
        }
        if (profile != null && (role != null || company != null || industry != null)) {
            throw new UserInputException("give the job either with --profile or with --role/--company/--industry, not both");
        }
        if (batch != null && (file != null || profile != null || role != null || company != null || industry != null
                || ALL.equals(interviewer))) {
            throw new UserInputException("--batch takes its answers and context from the batch lines; "
                    + "drop FILE, --profile, --role, --company, --industry and --interviewer all");
        }
    }

    private Optional<TargetJob> job() {
        if (profile != null) {
            CandidateProfile candidate = root.services().get(ProfileReader.class).read(profile);
            return Optional.ofNullable(candidate.job());
        }
        return ScoringContext.job(role, company, industry, null);
    }

    private String readAnswer() {
        String text = file == null || STDIN.equals(file)
                ? TextFiles.read("standard input", root.input().stream(), TextFiles.DEFAULT_MAX_BYTES)
                : TextFiles.read(Path.of(file), TextFiles.DEFAULT_MAX_BYTES);
        if (text.isBlank()) {
            throw new UserInputException((file == null || STDIN.equals(file) ? "standard input" : file)
                    + ": the answer is empty; write the answer you would give, then score it");
        }
        return text;
    }

    private int runBatch(AnswerScorer scorer, ScoringContext context) {
        BatchScoring scoring = new BatchScoring(scorer, context, pace);
        PrintWriter out = spec.commandLine().getOut();
        BatchInput in = openBatch();
        BatchScoring.Outcome outcome;
        try {
            outcome = scoring.run(in, out, minScore, threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        } finally {
            in.close();
        }
        if (outcome.failed() > 0) {
            spec.commandLine().getErr().println("aspire: " + outcome.failed() + " of " + (outcome.failed() + outcome.scored())
                    + " batch lines could not be scored; their error objects say why");
            return ExitCode.USAGE;
        }
        return outcome.belowMinimum() > 0 ? ExitCode.BELOW_MIN_SCORE : ExitCode.OK;
    }

    private BatchInput openBatch() {
        if (STDIN.equals(batch)) {
            return new BatchInput("standard input", root.input().stream());
        }
        Path path = Path.of(batch);
        if (Files.isDirectory(path)) {
            throw new UserInputException(batch + ": is a directory; give a JSON Lines file or - for standard input");
        }
        try {
            return new BatchInput(batch, Files.newInputStream(path));
        } catch (NoSuchFileException e) {
            throw new UserInputException(batch + ": no such file; give a JSON Lines file or - for standard input");
        } catch (IOException e) {
            throw new UserInputException(batch + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Colour only on a terminal, and never when NO_COLOR is set or the terminal is dumb. */
    private boolean colour() {
        var environment = root.environment();
        return System.console() != null && !environment.containsKey("NO_COLOR")
                && !"dumb".equals(environment.get("TERM"));
    }
}
