package dev.aspire.cli;

import static java.util.Objects.requireNonNull;

import dev.aspire.coach.HistoryLog;
import dev.aspire.coach.PracticeAttempt;
import dev.aspire.coach.PracticeHistory;
import dev.aspire.coach.ScoreTrend;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

final class HistoryCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);
    private static final int BAR_WIDTH = 20;

    private final AspireCommand root;
    private final CommandSpec spec;

    HistoryCommand(AspireCommand root) {
        this.root = requireNonNull(root, "root is null");
        this.spec = model(this);
    }

    /** The verb's command line, declared in code rather than with annotations (see {@link Verbs}). */
    private static CommandSpec model(HistoryCommand verb) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(verb).name("history");
        spec.usageMessage()
                .description(
                        "Show your past practice attempts and how your scores are moving.",
                        "The history lives in history.jsonl under ASPIRE_HOME (default ~/.aspire).")
                .footerHeading("%nExamples:%n")
                .footer("  aspire history", "  aspire history --last 30", "  aspire history --format json");
        spec.addOption(OutputFormat.option(OutputFormat.TEXT, OutputFormat.JSON));
        spec.addOption(OptionSpec.builder("--last").paramLabel("N").type(int.class).defaultValue("10")
                .description("How many of the latest attempts to list in text (default: ${DEFAULT-VALUE}); "
                        + "the trend covers them all.").build());
        return HelpOptions.addTo(spec);
    }

    /** The command's model, whose user object is this verb. */
    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        OutputFormat outputFormat = Formats.parse(format(), OutputFormat.TEXT, OutputFormat.JSON);
        int last = last();
        if (last < 1) {
            throw new UserInputException("--last must be 1 or more, was " + last);
        }
        HistoryLog log = root.services().get(PracticeHistory.class).read();
        PrintWriter out = spec.commandLine().getOut();
        if (log.damagedLines() > 0) {
            spec.commandLine().getErr().println("aspire: skipped " + log.damagedLines() + " damaged "
                    + (log.damagedLines() == 1 ? "line" : "lines") + " in " + log.file());
        }
        Optional<ScoreTrend> trend = ScoreTrend.of(log.scores());
        if (outputFormat == OutputFormat.JSON) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", log.file().toString());
            json.put("attempts", log.attempts());
            json.put("trend", trend.map(HistoryCommand::trendJson).orElse(null));
            Json.print(out, json);
        } else if (trend.isEmpty()) {
            out.println("No practice yet. Start with 'aspire practice --profile FILE': every answer you give there");
            out.println("is scored and kept in " + log.file() + ", and this is where you will see it improve.");
        } else {
            printText(out, log, trend.get());
        }
        out.flush();
        return ExitCode.OK;
    }

    private String format() {
        return spec.findOption("--format").getValue();
    }

    private int last() {
        return spec.findOption("--last").getValue();
    }

    private void printText(PrintWriter out, HistoryLog log, ScoreTrend trend) {
        List<PracticeAttempt> attempts = log.attempts();
        List<PracticeAttempt> shown = attempts.subList(Math.max(0, attempts.size() - last()), attempts.size());
        int questionWidth = width(shown.stream().map(PracticeAttempt::question).toList(), "Question");
        int interviewerWidth = width(shown.stream().map(PracticeAttempt::interviewer).toList(), "Interviewer");
        String row = "%4s  %-16s  %-" + questionWidth + "s  %-" + interviewerWidth + "s  %5s  %s";

        out.println("Practice history: " + attempts.size() + (attempts.size() == 1 ? " attempt" : " attempts")
                + (shown.size() < attempts.size() ? ", the last " + shown.size() + " shown" : ""));
        out.println();
        out.println(String.format(row, "#", "When (UTC)", "Question", "Interviewer", "Score", "").stripTrailing());
        int number = attempts.size() - shown.size();
        for (PracticeAttempt attempt : shown) {
            number++;
            out.println(String.format(row, number, WHEN.format(attempt.instant()), attempt.question(),
                    attempt.interviewer(), attempt.score(), bar(attempt.score()) + " " + attempt.band().id()));
        }
        out.println();
        out.println("Trend    " + trend.sparkline() + "  (oldest to newest, 0-100)");
        out.println("Latest " + trend.latest() + ", best " + trend.best() + ", average " + trend.average() + ".");
        trend.change().ifPresent(change -> out.println("Your recent average is " + trend.recentAverage() + ", "
                + (change > 0 ? "up " + change : change < 0 ? "down " + (-change) : "level")
                + " on the attempts before."));
    }

    private static String bar(int score) {
        int filled = Math.round(score * BAR_WIDTH / 100f);
        return "█".repeat(filled) + "·".repeat(BAR_WIDTH - filled);
    }

    private static int width(List<String> values, String heading) {
        return Math.max(heading.length(), values.stream().mapToInt(String::length).max().orElse(0));
    }

    private static Map<String, Object> trendJson(ScoreTrend trend) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("count", trend.count());
        json.put("latest", trend.latest());
        json.put("best", trend.best());
        json.put("average", trend.average());
        json.put("recentAverage", trend.recentAverage());
        json.put("change", trend.change().orElse(null));
        json.put("sparkline", trend.sparkline());
        return json;
    }
}
