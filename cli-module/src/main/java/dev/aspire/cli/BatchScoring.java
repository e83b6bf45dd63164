package dev.aspire.cli;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.aspire.core.UnknownIdException;
import dev.aspire.core.scoring.AnswerScorer;
import dev.aspire.core.scoring.ScoreReport;
import dev.aspire.data.Mappers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Scores a JSON Lines batch: one answer per line in, one result per line out, in input order. Each line is
 * turned into its output by {@link #scoreLine}, which depends on nothing but the line, so a parallel
 * version only has to map lines on several threads and write the results back in order.
 */
final class BatchScoring {
    /** Results are flushed in groups, so a consumer reading the output sees progress without a flush per line. */
    private static final int FLUSH_EVERY = 256;

    /** What a batch run came to. */
    record Outcome(int scored, int failed, int belowMinimum) {
    }

    private final AnswerScorer scorer;
    private final ScoringContext context;
    private final int pace;
    private final ObjectMapper mapper = Mappers.json();
    private final ObjectReader lines = mapper.readerFor(BatchLine.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final JsonFactory factory = mapper.getFactory();

    BatchScoring(AnswerScorer scorer, ScoringContext context, int pace) {
        this.scorer = requireNonNull(scorer, "scorer is null");
        this.context = requireNonNull(context, "context is null");
        this.pace = pace;
    }

    Outcome run(BufferedReader in, Writer out, int minScore) {
        int scored = 0;
        int failed = 0;
        int below = 0;
        int number = 0;
        try {
            String line;
            while ((line = in.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                Result result = scoreLine(number, line);
                out.write(result.json());
                out.write('\n');
                if (result.score() < 0) {
                    failed++;
                } else {
                    scored++;
                    below += result.score() < minScore ? 1 : 0;
                }
                if ((scored + failed) % FLUSH_EVERY == 0) {
                    out.flush();
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Outcome(scored, failed, below);
    }

    /** One line's output, and its score, or -1 when the line could not be scored. */
    record Result(String json, int score) {
    }

    Result scoreLine(int number, String line) {
        BatchLine input;
        try {
            input = lines.readValue(line);
        } catch (JsonProcessingException e) {
            return error(idOf(line), "line " + number + ": not a JSON object with the batch fields: "
                    + e.getOriginalMessage());
        }
        if (input == null || ScoringContext.blank(input.text())) {
            return error(input == null ? null : input.id(), "line " + number + ": \"text\" is missing or blank");
        }
        try {
            ScoreReport report = scorer.score(context.request(input.text(),
                    ScoringContext.job(input.role(), input.company(), input.industry(), input.mission()),
                    input.question(), input.interviewer(), pace));
            StringWriter json = new StringWriter(2048);
            try (JsonGenerator g = factory.createGenerator(json)) {
                ScoreJson.write(g, input.id(), report);
            }
            return new Result(json.toString(), report.score());
        } catch (UnknownIdException e) {
            return error(input.id(), "line " + number + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Result error(String id, String message) {
        StringWriter json = new StringWriter();
        try (JsonGenerator g = factory.createGenerator(json)) {
            ScoreJson.writeError(g, id, message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(json.toString(), -1);
    }

    /**
     * The id of a line that is not a valid batch line, read token by token up to the first fault, so even
     * a line cut short ({@code {"id": "b", "text": "...}) gets its error matched to its id.
     */
    private String idOf(String line) {
        try (JsonParser parser = factory.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                boolean isId = "id".equals(parser.currentName());
                token = parser.nextToken();
                if (isId && token != null && token.isScalarValue() && token != JsonToken.VALUE_NULL) {
                    return parser.getValueAsString();
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
