package dev.aspire.cli;

import static java.util.Objects.requireNonNull;

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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class ScoreCommand implements Callable<Integer> {
    private static final String STDIN = "-";
    private static final String ALL = "all";

    private final AspireCommand root;
    private final CommandSpec spec;

    ScoreCommand(AspireCommand root) {
        this.root = requireNonNull(root, "root is null");
        this.spec = model(this);
    }

    /** The verb's command line, declared in code rather than with annotations (see {@link Verbs}). */
    private static CommandSpec model(ScoreCommand verb) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(verb).name("score");
        spec.usageMessage()
                .description("Score an answer to the career-aspirations question: points per criterion, red flags in "
                        + "your own words, and how each interviewer would hear it.")
                .sortOptions(false)
                .footerHeading("%nExamples:%n")
                .footer(
                        "  aspire score answer.txt --role \"Marketing Assistant\" --company \"Cacao & Co\" --industry confectionery",
                        "  aspire score answer.txt --profile examples/profiles/restaurant-server.yaml --question five-years",
                        "  pbpaste | aspire score - --interviewer all",
                        "  aspire score answer.txt --format json --min-score 75",
                        "  aspire score --batch answers.jsonl > scores.jsonl",
                        "",
                        "A batch line is a JSON object: {\"id\", \"text\", \"question\", \"interviewer\", \"role\", \"company\",",
                        "\"industry\"}; only text is required. One result per line comes back, in order, with the id.");
        spec.addPositional(PositionalParamSpec.builder().index("0").arity("0..1").paramLabel("FILE").type(String.class)
                .description("The answer to score, or - for standard input (the default).").build());
        spec.addOption(OptionSpec.builder("--batch").paramLabel("FILE.jsonl").type(String.class)
                .description("Score a JSON Lines file (or - for standard input), one answer per line.").build());
        spec.addOption(OptionSpec.builder("--profile").paramLabel("FILE").type(Path.class)
                .description("Take the job applied for from a profile.").build());
        spec.addOption(OptionSpec.builder("--role").paramLabel("TITLE").type(String.class)
                .description("The role's title, e.g. \"Data Analyst\".").build());
        spec.addOption(OptionSpec.builder("--company").paramLabel("NAME").type(String.class)
                .description("The company's name.").build());
        spec.addOption(OptionSpec.builder("--industry").paramLabel("INDUSTRY").type(String.class)
                .description("The company's industry.").build());
        spec.addOption(OptionSpec.builder("--question").paramLabel("ID").type(String.class)
                .description("The form of the question answered (see 'aspire list'); default career-aspirations.")
                .build());
        spec.addOption(OptionSpec.builder("--interviewer").paramLabel("ID|all").type(String.class)
                .description("Score as this interviewer hears it, or 'all' for every interviewer side by side.")
                .build());
        spec.addOption(OptionSpec.builder("--format").paramLabel("FORMAT").type(String.class).defaultValue("text")
                .description("Output format: text, json or markdown (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(OptionSpec.builder("--min-score").paramLabel("N").type(int.class).defaultValue("0")
                .description("Exit with 1 when the score is below N (0-100); in a batch, when any answer is.").build());
        spec.addOption(OptionSpec.builder("--threads").paramLabel("N").type(Integer.class)
                .description("Score a batch on N threads (default: the number of processors); output stays in order.")
                .build());
        spec.addOption(OptionSpec.builder("--phrases").type(boolean.class)
                .description("Print every phrase of the built-in scoring lexicon, one per line, and exit "
                        + "(for comparing with plain-text search tools).").build());
        spec.addOption(OptionSpec.builder("--pace").paramLabel("WPM").type(int.class)
                .defaultValue(String.valueOf(ScoringRequest.DEFAULT_WORDS_PER_MINUTE))
                .description("Speaking pace in words per minute, to turn words into seconds (default: ${DEFAULT-VALUE}).")
                .build());
        return HelpOptions.addTo(spec);
    }

    /** The command's model, whose user object is this verb. */
    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        if (phrases()) {
            PrintWriter out = spec.commandLine().getOut();
            ScoringLexicon.builtIn().phrases().forEach(out::println);
            out.flush();
            return ExitCode.OK;
        }
        checkOptions();
        OutputFormat outputFormat = Formats.parse(format(), OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.MARKDOWN);
        // The catalogue first: the scorer is the service the graph's own thread builds first (see Verbs), so
        // the two are built at the same time, one on each thread.
        DomainCatalogue catalogue = root.services().get(DomainCatalogue.class);
        AnswerScorer scorer = root.services().get(AnswerScorer.class);
        ScoringContext context = new ScoringContext(catalogue);
        if (batch() != null) {
            return runBatch(scorer, context);
        }
        String answer = readAnswer();
        Optional<TargetJob> job = job();
        PrintWriter out = spec.commandLine().getOut();
        int score;
        if (ALL.equals(interviewer())) {
            ScoreReport neutral = scorer.score(context.request(answer, job, question(), null, pace()));
            List<ScoreReport> heard = new ArrayList<>();
            for (InterviewerRole each : catalogue.interviewerRoles().all()) {
                heard.add(scorer.score(context.request(answer, job, question(), each.id(), pace())));
            }
            InterviewerComparison comparison = new InterviewerComparison(neutral, heard);
            switch (outputFormat) {
                case JSON -> Json.print(out, comparison.json());
                case MARKDOWN -> comparison.markdown(out);
                default -> comparison.text(out);
            }
            score = neutral.score();
        } else {
            ScoreReport report = scorer.score(context.request(answer, job, question(), interviewer(), pace()));
            switch (outputFormat) {
                case JSON -> Json.print(out, report);
                case MARKDOWN -> new ScoreMarkdown(out).print(answer, report, pace());
                default -> new ScoreText(out, colour()).print(answer, report, pace());
            }
            score = report.score();
        }
        out.flush();
        return score < minScore() ? ExitCode.BELOW_MIN_SCORE : ExitCode.OK;
    }

    private void checkOptions() {
        int minScore = minScore();
        if (minScore < 0 || minScore > 100) {
            throw new UserInputException("--min-score must be 0-100, was " + minScore);
        }
        int pace = pace();
        if (pace < ScoringRequest.MIN_WORDS_PER_MINUTE || pace > ScoringRequest.MAX_WORDS_PER_MINUTE) {
            throw new UserInputException("--pace must be " + ScoringRequest.MIN_WORDS_PER_MINUTE + "-"
                    + ScoringRequest.MAX_WORDS_PER_MINUTE + " words per minute, was " + pace);
        }
        Integer threads = threads();
        if (threads != null && (threads < 1 || threads > 256)) {
            throw new UserInputException("--threads must be 1-256, was " + threads);
        }
        boolean jobByHand = role() != null || company() != null || industry() != null;
        if (profile() != null && jobByHand) {
            throw new UserInputException("give the job either with --profile or with --role/--company/--industry, not both");
        }
        if (batch() != null && (file() != null || profile() != null || jobByHand || ALL.equals(interviewer()))) {
            throw new UserInputException("--batch takes its answers and context from the batch lines; "
                    + "drop FILE, --profile, --role, --company, --industry and --interviewer all");
        }
    }

    private Optional<TargetJob> job() {
        if (profile() != null) {
            CandidateProfile candidate = root.services().get(ProfileReader.class).read(profile());
            return Optional.ofNullable(candidate.job());
        }
        return ScoringContext.job(role(), company(), industry(), null);
    }

    private String readAnswer() {
        String file = file();
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
        BatchScoring scoring = new BatchScoring(scorer, context, pace());
        PrintWriter out = spec.commandLine().getOut();
        BatchInput in = openBatch();
        BatchScoring.Outcome outcome;
        try {
            Integer threads = threads();
            outcome = scoring.run(in, out, minScore(),
                    threads == null ? Runtime.getRuntime().availableProcessors() : threads);
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
        String batch = batch();
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

    private String file() {
        return spec.positionalParameters().get(0).getValue();
    }

    private String batch() {
        return spec.findOption("--batch").getValue();
    }

    private Path profile() {
        return spec.findOption("--profile").getValue();
    }

    private String role() {
        return spec.findOption("--role").getValue();
    }

    private String company() {
        return spec.findOption("--company").getValue();
    }

    private String industry() {
        return spec.findOption("--industry").getValue();
    }

    private String question() {
        return spec.findOption("--question").getValue();
    }

    private String interviewer() {
        return spec.findOption("--interviewer").getValue();
    }

    private String format() {
        return spec.findOption("--format").getValue();
    }

    private int minScore() {
        return spec.findOption("--min-score").getValue();
    }

    /** Null when not given: a batch then runs on as many threads as there are processors. */
    private Integer threads() {
        return spec.findOption("--threads").getValue();
    }

    private boolean phrases() {
        return Boolean.TRUE.equals(spec.findOption("--phrases").getValue());
    }

    private int pace() {
        return spec.findOption("--pace").getValue();
    }
}
