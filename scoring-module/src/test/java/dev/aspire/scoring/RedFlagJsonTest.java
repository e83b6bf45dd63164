package dev.aspire.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aspire.core.scoring.RedFlag;
import dev.aspire.core.scoring.ScoreReport;
import dev.aspire.core.scoring.ScoringRequest;
import dev.aspire.data.Mappers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reports serialise in the documented shape and flags read back as they were written. */
class RedFlagJsonTest {
    private final ObjectMapper json = Mappers.json();

    @Test
    void aFlagIsFlatAndRoundTrips() throws Exception {
        ScoreReport report = Scorers.scorer().score(ScoringRequest.of(
                "I'd stay for a year or two and then move on. I just want a job, to be honest."));
        RedFlag flag = report.flags().stream().filter(f -> f.code().equals("LEAVING_SOON")).findFirst().orElseThrow();
        JsonNode node = json.valueToTree(flag);
        assertEquals(List.of("code", "severity", "start", "end", "text", "advice", "rewrite"),
                iterable(node.fieldNames()));
        assertEquals(flag, json.readValue(json.writeValueAsString(flag), RedFlag.class));
    }

    @Test
    void aReportHasTheDocumentedFieldsAndNoInterviewerWhenNeutral() throws Exception {
        JsonNode node = json.valueToTree(Scorers.scorer().score(ScoringRequest.of("In five years I want to lead a team.")));
        assertEquals(List.of("score", "band", "archetype", "criteria", "flags", "words", "seconds"),
                iterable(node.fieldNames()));
        assertEquals(List.of("id", "points", "max", "evidence", "advice"), iterable(node.get("criteria").get(0).fieldNames()));
        assertFalse(node.get("band").asText().isEmpty());
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
