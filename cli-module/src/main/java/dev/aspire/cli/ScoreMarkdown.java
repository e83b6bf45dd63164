package dev.aspire.cli;

import dev.aspire.core.scoring.CriterionScore;
import dev.aspire.core.scoring.RedFlag;
import dev.aspire.core.scoring.ScoreReport;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints a score report as Markdown, for notes and pull requests: flagged words in bold. */
final class ScoreMarkdown {
    private final PrintWriter out;

    ScoreMarkdown(PrintWriter out) {
        this.out = out;
    }

    void print(String answer, ScoreReport report, int pace) {
        out.println(String.format(Locale.ROOT, "## Score %d/100 (%s)", report.score(), report.band().id()));
        out.println();
        out.println(String.format(Locale.ROOT, "Archetype: `%s` · %d words · about %.0f s aloud at %d wpm",
                report.archetype(), report.words(), report.seconds(), pace));
        if (!report.interviewer().isEmpty()) {
            out.println();
            out.println("As heard by `" + report.interviewer() + "`: " + report.lens());
        }
        out.println();
        out.println("| Criterion | Points | Advice |");
        out.println("|---|---:|---|");
        for (CriterionScore c : report.criteria()) {
            out.println("| " + c.id() + " | " + c.points() + "/" + c.max() + " | " + cell(c.advice()) + " |");
        }
        out.println();
        out.println("### Red flags");
        out.println();
        if (report.flags().isEmpty()) {
            out.println("None.");
        }
        for (RedFlag flag : report.flags()) {
            out.println("- **" + flag.code() + "** (" + flag.severity().id() + "): \"" + cell(ScoreText.quote(flag.text()))
                    + "\" — " + flag.advice() + flag.rewrite().map(r -> " Try: \"" + r + "\"").orElse(""));
        }
        out.println();
        out.println("### Answer");
        out.println();
        String marked = Highlights.mark(answer, report.flags())
                .replace(Highlights.OPEN_MAJOR, "**").replace(Highlights.CLOSE_MAJOR, "**")
                .replace(Highlights.OPEN_MINOR, "*").replace(Highlights.CLOSE_MINOR, "*");
        for (String line : marked.strip().split("\\R")) {
            out.println("> " + line);
        }
    }

    static String cell(String text) {
        return Wrap.SPACES.matcher(text.replace("|", "\\|")).replaceAll(" ");
    }
}
