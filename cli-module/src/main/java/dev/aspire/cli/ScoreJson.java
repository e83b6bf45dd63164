package dev.aspire.cli;

import static dev.aspire.cli.JsonText.appendNumber;
import static dev.aspire.cli.JsonText.appendString;

import dev.aspire.core.scoring.CriterionScore;
import dev.aspire.core.scoring.RedFlag;
import dev.aspire.core.scoring.ScoreReport;
import dev.aspire.core.scoring.Span;

/**
 * Writes a score report as one compact JSON object, for batch output. The field names are fixed, so the
 * object is appended as text to a builder that a whole chunk of lines shares: a generator and a writer per
 * answer cost more than the answer's own JSON. Puts {@code id} first; the other fields and their order are
 * those of {@link ScoreReport}'s own JSON form.
 */
final class ScoreJson {
    private ScoreJson() {
    }

    static void write(StringBuilder out, String id, ScoreReport report) {
        out.append("{\"id\":");
        appendString(out, id);
        out.append(",\"score\":").append(report.score());
        out.append(",\"band\":");
        appendString(out, report.band().id());
        out.append(",\"archetype\":");
        appendString(out, report.archetype());
        out.append(",\"criteria\":[");
        String comma = "";
        for (CriterionScore c : report.criteria()) {
            out.append(comma).append("{\"id\":");
            appendString(out, c.id());
            out.append(",\"points\":").append(c.points());
            out.append(",\"max\":").append(c.max());
            out.append(",\"evidence\":[");
            String spanComma = "";
            for (Span span : c.evidence()) {
                out.append(spanComma).append("{\"start\":").append(span.start());
                out.append(",\"end\":").append(span.end());
                out.append(",\"text\":");
                appendString(out, span.text());
                out.append('}');
                spanComma = ",";
            }
            out.append("],\"advice\":");
            appendString(out, c.advice());
            out.append('}');
            comma = ",";
        }
        out.append("],\"flags\":[");
        comma = "";
        for (RedFlag f : report.flags()) {
            out.append(comma).append("{\"code\":");
            appendString(out, f.code());
            out.append(",\"severity\":");
            appendString(out, f.severity().id());
            out.append(",\"start\":").append(f.start());
            out.append(",\"end\":").append(f.end());
            out.append(",\"text\":");
            appendString(out, f.text());
            out.append(",\"advice\":");
            appendString(out, f.advice());
            if (f.rewrite().isPresent()) {
                out.append(",\"rewrite\":");
                appendString(out, f.rewrite().get());
            }
            out.append('}');
            comma = ",";
        }
        out.append("],\"words\":").append(report.words());
        out.append(",\"seconds\":");
        appendNumber(out, report.seconds());
        if (!report.interviewer().isEmpty()) {
            out.append(",\"interviewer\":");
            appendString(out, report.interviewer());
            out.append(",\"lens\":");
            appendString(out, report.lens());
        }
        out.append('}');
    }

    /** The object a batch writes for a line it could not score. */
    static void writeError(StringBuilder out, String id, String error) {
        out.append("{\"id\":");
        appendString(out, id);
        out.append(",\"error\":");
        appendString(out, error);
        out.append('}');
    }
}
