package dev.aspire.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.aspire.core.scoring.CriterionScore;
import dev.aspire.core.scoring.RedFlag;
import dev.aspire.core.scoring.ScoreReport;
import dev.aspire.core.scoring.Span;
import java.io.IOException;

/**
 * Writes a score report as one compact JSON object, field by field, for batch output: streaming through
 * a generator is several times faster than building a tree per answer, and puts {@code id} first.
 * The fields and their order are those of {@link ScoreReport}'s own JSON form.
 */
final class ScoreJson {
    private ScoreJson() {
    }

    static void write(JsonGenerator g, String id, ScoreReport report) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeNumberField("score", report.score());
        g.writeStringField("band", report.band().id());
        g.writeStringField("archetype", report.archetype());
        g.writeArrayFieldStart("criteria");
        for (CriterionScore c : report.criteria()) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeNumberField("points", c.points());
            g.writeNumberField("max", c.max());
            g.writeArrayFieldStart("evidence");
            for (Span span : c.evidence()) {
                g.writeStartObject();
                g.writeNumberField("start", span.start());
                g.writeNumberField("end", span.end());
                g.writeStringField("text", span.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("advice", c.advice());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("flags");
        for (RedFlag f : report.flags()) {
            g.writeStartObject();
            g.writeStringField("code", f.code());
            g.writeStringField("severity", f.severity().id());
            g.writeNumberField("start", f.start());
            g.writeNumberField("end", f.end());
            g.writeStringField("text", f.text());
            g.writeStringField("advice", f.advice());
            if (f.rewrite().isPresent()) {
                g.writeStringField("rewrite", f.rewrite().get());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("words", report.words());
        g.writeNumberField("seconds", report.seconds());
        if (!report.interviewer().isEmpty()) {
            g.writeStringField("interviewer", report.interviewer());
            g.writeStringField("lens", report.lens());
        }
        g.writeEndObject();
    }

    /** The object a batch writes for a line it could not score. */
    static void writeError(JsonGenerator g, String id, String error) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("error", error);
        g.writeEndObject();
    }
}
