package dev.aspire.cli;

import dev.aspire.core.scoring.CriterionScore;
import dev.aspire.core.scoring.ScoreReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The same answer as each interviewer hears it, side by side with the neutral reading and the reasons. */
final class InterviewerComparison {
    private static final int WIDTH = 78;

    private final ScoreReport neutral;
    private final List<ScoreReport> heard;

    InterviewerComparison(ScoreReport neutral, List<ScoreReport> heard) {
        this.neutral = neutral;
        this.heard = List.copyOf(heard);
    }

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("neutral", neutral);
        json.put("interviewers", heard);
        return json;
    }

    void text(PrintWriter out) {
        out.println(String.format(Locale.ROOT, "Neutral reading: %d/100 (%s), archetype %s", neutral.score(),
                neutral.band().id(), neutral.archetype()));
        out.println();
        out.println(String.format(Locale.ROOT, "  #  %-24s %5s  %-6s  %s", "Interviewer", "Score", "Band", "Major flags"));
        for (int i = 0; i < heard.size(); i++) {
            ScoreReport r = heard.get(i);
            out.println(String.format(Locale.ROOT, "  %d  %-24s %5d  %-6s  %s", i + 1, r.interviewer(), r.score(),
                    r.band().id(), majors(r)));
            Wrap.lines("Why: " + r.lens(), WIDTH - 7).forEach(line -> out.println("       " + line));
        }
        out.println();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-20s %7s", "Criterion", "neutral"));
        for (int i = 0; i < heard.size(); i++) {
            header.append(String.format(Locale.ROOT, " %6s", "#" + (i + 1)));
        }
        out.println(header);
        for (int c = 0; c < neutral.criteria().size(); c++) {
            CriterionScore n = neutral.criteria().get(c);
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-20s %7s", n.id(), n.points() + "/" + n.max()));
            for (ScoreReport r : heard) {
                CriterionScore h = r.criteria().get(c);
                row.append(String.format(Locale.ROOT, " %6s", h.points() + "/" + h.max()));
            }
            out.println(row);
        }
    }

    void markdown(PrintWriter out) {
        out.println(String.format(Locale.ROOT, "## Neutral reading: %d/100 (%s)", neutral.score(), neutral.band().id()));
        out.println();
        out.println("| Interviewer | Score | Band | Major flags | Why it differs |");
        out.println("|---|---:|---|---|---|");
        for (ScoreReport r : heard) {
            out.println("| " + r.interviewer() + " | " + r.score() + " | " + r.band().id() + " | " + majors(r) + " | "
                    + ScoreMarkdown.cell(r.lens()) + " |");
        }
    }

    private static String majors(ScoreReport report) {
        List<String> codes = new ArrayList<>();
        report.flags().stream().filter(f -> f.severity().id().equals("major")).map(f -> f.code())
                .distinct().forEach(codes::add);
        return codes.isEmpty() ? "none" : String.join(", ", codes);
    }
}
