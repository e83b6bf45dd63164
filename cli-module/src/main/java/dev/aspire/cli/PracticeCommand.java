package dev.aspire.cli;

import static java.util.Objects.requireNonNull;

import dev.aspire.coach.Feedback;
import dev.aspire.coach.Fix;
import dev.aspire.coach.PracticeAttempt;
import dev.aspire.coach.PracticeCoach;
import dev.aspire.coach.PracticeHistory;
import dev.aspire.coach.PracticePlanner;
import dev.aspire.coach.PracticeRound;
import dev.aspire.core.CandidateProfile;
import dev.aspire.core.answer.AnswerComposer;
import dev.aspire.core.scoring.AnswerScorer;
import dev.aspire.core.scoring.ScoreReport;
import dev.aspire.data.DataFileException;
import dev.aspire.data.ProfileReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

final class PracticeCommand implements Callable<Integer> {
    private static final int WIDTH = 78;

    private final AspireCommand root;
    private final CommandSpec spec;

    PracticeCommand(AspireCommand root) {
        this.root = requireNonNull(root, "root is null");
        this.spec = model(this);
    }

    /** The verb's command line, declared in code rather than with annotations (see {@link Verbs}). */
    private static CommandSpec model(PracticeCommand verb) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(verb).name("practice");
        spec.usageMessage()
                .description(
                        "Practise answering, round by round: each round a form of the question from another interviewer.",
                        "Type your answer and end it with an empty line (or end of input). Each answer is scored, with "
                                + "the two fixes worth the most and a written answer to compare; a summary follows the "
                                + "last round. Every attempt is kept in the history under ASPIRE_HOME (see 'aspire "
                                + "history').")
                .footerHeading("%nExamples:%n")
                .footer(
                        "  aspire practice --profile profile.yaml",
                        "  aspire practice --profile profile.yaml --rounds 5 --seed 7",
                        "  aspire practice --profile profile.yaml --rounds 2 < my-answers.txt");
        spec.addOption(OptionSpec.builder("-p", "--profile").paramLabel("FILE").type(Path.class).required(true)
                .description("Your profile, as written by 'aspire prepare'.").build());
        spec.addOption(OptionSpec.builder("--rounds").paramLabel("N").type(int.class).defaultValue("3")
                .description("How many rounds, 1-" + PracticePlanner.MAX_ROUNDS + " (default: ${DEFAULT-VALUE}).")
                .build());
        spec.addOption(OptionSpec.builder("--seed").paramLabel("S").type(Long.class)
                .description("Draw the rounds with this seed, to practise the same rounds again. Without it, each "
                        + "session continues from the number of attempts in your history.").build());
        return HelpOptions.addTo(spec);
    }

    /** The command's model, whose user object is this verb. */
    CommandSpec spec() {
        return spec;
    }

    private record Result(PracticeRound round, ScoreReport report) {
    }

    @Override
    public Integer call() {
        int rounds = rounds();
        if (rounds < 1 || rounds > PracticePlanner.MAX_ROUNDS) {
            throw new UserInputException("--rounds must be between 1 and " + PracticePlanner.MAX_ROUNDS
                    + ", was " + rounds);
        }
        CandidateProfile profile = root.services().get(ProfileReader.class).read(profileFile());
        PracticeCoach coach = new PracticeCoach(root.services().get(AnswerComposer.class),
                root.services().get(AnswerScorer.class));
        PracticeHistory history = root.services().get(PracticeHistory.class);
        Clock clock = root.services().get(Clock.class);
        Long seed = seed();
        long usedSeed = seed != null ? seed : history.read().attempts().size();
        List<PracticeRound> plan = root.services().get(PracticePlanner.class).plan(rounds, usedSeed);

        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Result> results = new ArrayList<>();
        boolean historyWorks = true;
        for (PracticeRound round : plan) {
            printRound(out, round);
            err.println("Type your answer; an empty line ends it.");
            out.flush();
            err.flush();
            Optional<String> answer = root.input().paragraph();
            if (answer.isEmpty()) {
                break;
            }
            Feedback feedback = coach.review(profile, round, answer.get());
            printFeedback(out, feedback);
            results.add(new Result(round, feedback.report()));
            if (historyWorks) {
                try {
                    history.append(PracticeAttempt.of(clock.instant(), profile, round, answer.get(), feedback.report()));
                } catch (DataFileException e) {
                    // Losing the record is a pity, but not a reason to stop the practice the user came for.
                    err.println("aspire: " + e.getMessage() + "; practice goes on without keeping the history");
                    historyWorks = false;
                }
            }
        }
        if (results.isEmpty()) {
            throw new UserInputException("no answer was given; type your answer after the question and end it "
                    + "with an empty line");
        }
        printSummary(out, results, usedSeed, history.file(), historyWorks);
        if (results.size() < plan.size()) {
            err.println("aspire: the input ended after " + results.size() + " of " + plan.size() + " rounds");
        }
        out.flush();
        return ExitCode.OK;
    }

    private Path profileFile() {
        return spec.findOption("--profile").getValue();
    }

    private int rounds() {
        return spec.findOption("--rounds").getValue();
    }

    /** Null when not given: the session then continues from the number of attempts in the history. */
    private Long seed() {
        return spec.findOption("--seed").getValue();
    }

    private static void printRound(PrintWriter out, PracticeRound round) {
        out.println();
        out.println("Round " + round.number() + ": " + round.question().question());
        labelled(out, "Asked by", round.interviewer().title() + " (" + round.interviewer().id() + ")");
        labelled(out, "They want", round.interviewer().lookingFor());
        labelled(out, "Pitch it", round.interviewer().pitch());
        out.println();
    }

    private static void printFeedback(PrintWriter out, Feedback feedback) {
        ScoreReport report = feedback.report();
        out.printf("Score %d/100 (%s), %d words, about %d seconds spoken%n", report.score(), report.band().id(),
                report.words(), Math.round(report.seconds()));
        if (feedback.fixes().isEmpty()) {
            out.println("Nothing to fix: every criterion gave full points and no red flag was raised.");
        } else {
            out.println("Fix these first:");
            for (int i = 0; i < feedback.fixes().size(); i++) {
                printFix(out, i + 1, feedback.fixes().get(i));
            }
        }
        out.println("For comparison, an answer written from your profile (it scores "
                + feedback.comparisonScore() + "):");
        Wrap.lines(feedback.comparison().text(), WIDTH - 4).forEach(line -> out.println("    " + line));
    }

    private static void printFix(PrintWriter out, int number, Fix fix) {
        String heading = fix.isRedFlag()
                ? "Red flag " + fix.what() + " (" + fix.severity().orElseThrow().id() + ")"
                        + fix.words().map(span -> ", at \"" + span.text() + "\"").orElse("")
                : fix.what() + " (lost " + fix.pointsLost() + " of " + fix.maxPoints() + " points)";
        List<String> lines = Wrap.lines(heading + ": " + fix.advice(), WIDTH - 5);
        out.println("  " + number + ". " + lines.get(0));
        lines.subList(1, lines.size()).forEach(line -> out.println("     " + line));
        fix.rewrite().ifPresent(rewrite -> Wrap.lines("Try: \"" + rewrite + "\"", WIDTH - 5)
                .forEach(line -> out.println("     " + line)));
    }

    private static void printSummary(PrintWriter out, List<Result> results, long seed, Path historyFile,
                                     boolean kept) {
        int questionWidth = Math.max("Question".length(),
                results.stream().mapToInt(r -> r.round().question().id().length()).max().orElse(0));
        int interviewerWidth = Math.max("Interviewer".length(),
                results.stream().mapToInt(r -> r.round().interviewer().id().length()).max().orElse(0));
        String row = "%5s  %-" + questionWidth + "s  %-" + interviewerWidth + "s  %5s  %s";
        out.println();
        out.println("Summary");
        out.println(String.format(row, "Round", "Question", "Interviewer", "Score", "Band").stripTrailing());
        for (Result result : results) {
            out.println(String.format(row, result.round().number(), result.round().question().id(),
                    result.round().interviewer().id(), result.report().score(), result.report().band().id()));
        }
        int average = (int) Math.round(results.stream().mapToInt(r -> r.report().score()).average().orElse(0));
        out.println();
        out.println("Average " + average + " over " + results.size() + (results.size() == 1 ? " round" : " rounds")
                + ". To practise the same rounds again: --seed " + seed);
        if (kept) {
            out.println("Kept in " + historyFile + "; see your progress with 'aspire history'.");
        }
    }

    private static void labelled(PrintWriter out, String label, String text) {
        List<String> lines = Wrap.lines(text, WIDTH - 13);
        out.printf("  %-10s %s%n", label + ":", lines.get(0));
        lines.subList(1, lines.size()).forEach(line -> out.println(" ".repeat(13) + line));
    }
}
