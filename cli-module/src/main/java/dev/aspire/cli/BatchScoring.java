package dev.aspire.cli;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aspire.core.UnknownIdException;
import dev.aspire.core.scoring.AnswerScorer;
import dev.aspire.core.scoring.ScoreReport;
import dev.aspire.data.Mappers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Scores a JSON Lines batch: one answer per line in, one result per line out, in input order. Each line is
 * turned into its output by {@link #scoreLine}, which depends on nothing but the line, so chunks of lines
 * can be scored on several threads and written back in order.
 */
final class BatchScoring {
    /**
     * Lines are read, scored and written in chunks of this many: enough to keep threads busy and the
     * output flushed in groups, few enough that a consumer sees results stream.
     */
    private static final int CHUNK = 256;
    /** About the length of one result line, to size a chunk's output once. */
    private static final int LINE_CHARS = 3072;

    /** What a batch run came to. */
    record Outcome(int scored, int failed, int belowMinimum) {
    }

    private final AnswerScorer scorer;
    private final ScoringContext context;
    private final int pace;
    private final ObjectMapper mapper = Mappers.json();
    private final BatchLineParser lines = new BatchLineParser(mapper);
    private final JsonFactory factory = mapper.getFactory();

    BatchScoring(AnswerScorer scorer, ScoringContext context, int pace) {
        this.scorer = requireNonNull(scorer, "scorer is null");
        this.context = requireNonNull(context, "context is null");
        this.pace = pace;
    }

    /**
     * Scores every line of {@code in} into {@code out}, in order. With more than one thread, lines are
     * scored in chunks on a pool while earlier chunks are written, so output still streams in input order.
     */
    Outcome run(BatchInput in, Writer out, int minScore, int threads) {
        Tally tally = new Tally(minScore);
        try {
            if (threads <= 1) {
                List<BatchInput.Line> chunk;
                while (!(chunk = readChunk(in)).isEmpty()) {
                    write(scoreChunk(chunk), out, tally);
                }
            } else {
                runInParallel(in, out, tally, threads);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Outcome(tally.scored, tally.failed, tally.below);
    }

    private void runInParallel(BatchInput in, Writer out, Tally tally, int threads) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "aspire-batch");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<ScoredChunk>> inFlight = new ArrayDeque<>();
            List<BatchInput.Line> chunk;
            while (!(chunk = readChunk(in)).isEmpty()) {
                List<BatchInput.Line> lines = chunk;
                inFlight.add(pool.submit(() -> scoreChunk(lines)));
                if (inFlight.size() >= 2 * threads) {
                    write(await(inFlight.poll()), out, tally);
                }
            }
            while (!inFlight.isEmpty()) {
                write(await(inFlight.poll()), out, tally);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static ScoredChunk await(Future<ScoredChunk> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring a batch", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The next lines that are not blank, up to a chunk of them; empty at the end of the batch. */
    private static List<BatchInput.Line> readChunk(BatchInput in) throws IOException {
        List<BatchInput.Line> chunk = new ArrayList<>(CHUNK);
        BatchInput.Line line;
        while (chunk.size() < CHUNK && (line = in.next()) != null) {
            if (line.problem() != null || !line.isBlank()) {
                chunk.add(line);
            }
        }
        return chunk;
    }

    private ScoredChunk scoreChunk(List<BatchInput.Line> lines) {
        JsonChars json = new JsonChars(lines.size() * LINE_CHARS);
        int[] scores = new int[lines.size()];
        for (int i = 0; i < scores.length; i++) {
            BatchInput.Line line = lines.get(i);
            scores[i] = line.problem() == null ? scoreLine(line.number(), line.bytes(), json)
                    : error(idOf(line.text()), "line " + line.number() + ": " + line.problem(), json);
            json.raw('\n');
        }
        return new ScoredChunk(json, scores);
    }

    private static void write(ScoredChunk chunk, Writer out, Tally tally) throws IOException {
        out.write(chunk.lines().chars(), 0, chunk.lines().length());
        for (int score : chunk.scores()) {
            tally.count(score);
        }
        out.flush();
    }

    /** Counts as results are written. */
    private static final class Tally {
        private final int minScore;
        private int scored;
        private int failed;
        private int below;

        Tally(int minScore) {
            this.minScore = minScore;
        }

        void count(int score) {
            if (score < 0) {
                failed++;
            } else {
                scored++;
                below += score < minScore ? 1 : 0;
            }
        }
    }

    /**
     * A chunk's output, one line per input line, each ended by a newline; and each line's score, or -1 when
     * the line could not be scored. The writing thread writes the chunk's chars in one call.
     */
    record ScoredChunk(JsonChars lines, int[] scores) {
    }

    /** Appends the output for one batch line to {@code json} and returns its score, or -1 for an error. */
    int scoreLine(int number, byte[] line, JsonChars json) {
        BatchLine input;
        try {
            input = lines.parse(line);
        } catch (JsonProcessingException e) {
            return error(idOf(new String(line, StandardCharsets.UTF_8)),
                    "line " + number + ": not a JSON object with the batch fields: " + e.getOriginalMessage(), json);
        }
        if (input == null || ScoringContext.blank(input.text())) {
            return error(input == null ? null : input.id(), "line " + number + ": \"text\" is missing or blank", json);
        }
        try {
            ScoreReport report = scorer.score(context.request(input.text(),
                    ScoringContext.job(input.role(), input.company(), input.industry(), input.mission()),
                    input.question(), input.interviewer(), pace));
            ScoreJson.write(json, input.id(), report);
            return report.score();
        } catch (UnknownIdException e) {
            return error(input.id(), "line " + number + ": " + e.getMessage(), json);
        }
    }

    private static int error(String id, String message, JsonChars json) {
        ScoreJson.writeError(json, id, message);
        return -1;
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
