package dev.aspire.cli;

import dev.aspire.core.scoring.CriterionScore;
import dev.aspire.core.scoring.RedFlag;
import dev.aspire.core.scoring.ScoreReport;
import dev.aspire.core.scoring.Span;

/**
 * Writes a score report as one compact JSON object, for batch output. The field names are fixed, so the
 * object is appended as text to a buffer that a whole chunk of lines shares: a generator and a writer per
 * answer cost more than the answer's own JSON. Puts {@code id} first; the other fields and their order are
 * those of {@link ScoreReport}'s own JSON form.
 */
final class ScoreJson {
    private ScoreJson() {
    }

    static void write(JsonChars out, String id, ScoreReport report) {
        out.raw("{\"id\":").string(id)
                .raw(",\"score\":").number(report.score())
                .raw(",\"band\":").string(report.band().id())
                .raw(",\"archetype\":").string(report.archetype())
                .raw(",\"criteria\":[");
        String comma = "";
        for (CriterionScore c : report.criteria()) {
            out.raw(comma).raw("{\"id\":").string(c.id())
                    .raw(",\"points\":").number(c.points())
                    .raw(",\"max\":").number(c.max())
                    .raw(",\"evidence\":[");
            String spanComma = "";
            for (Span span : c.evidence()) {
                out.raw(spanComma).raw("{\"start\":").number(span.start())
                        .raw(",\"end\":").number(span.end())
                        .raw(",\"text\":").string(span.text()).raw('}');
                spanComma = ",";
            }
            out.raw("],\"advice\":").string(c.advice()).raw('}');
            comma = ",";
        }
        out.raw("],\"flags\":[");
        comma = "";
        for (RedFlag f : report.flags()) {
            out.raw(comma).raw("{\"code\":").string(f.code())
                    .raw(",\"severity\":").string(f.severity().id())
                    .raw(",\"start\":").number(f.start())
                    .raw(",\"end\":").number(f.end())
                    .raw(",\"text\":").string(f.text())
                    .raw(",\"advice\":").string(f.advice());
            if (f.rewrite().isPresent()) {
                out.raw(",\"rewrite\":").string(f.rewrite().get());
            }
            out.raw('}');
            comma = ",";
        }
        out.raw("],\"words\":").number(report.words())
                .raw(",\"seconds\":").number(report.seconds());
        if (!report.interviewer().isEmpty()) {
            out.raw(",\"interviewer\":").string(report.interviewer())
                    .raw(",\"lens\":").string(report.lens());
        }
        out.raw('}');
    }

    /** The object a batch writes for a line it could not score. */
    static void writeError(JsonChars out, String id, String error) {
        out.raw("{\"id\":").string(id).raw(",\"error\":").string(error).raw('}');
    }
}
