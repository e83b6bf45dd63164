package dev.aspire.benchmarks;

import dev.aspire.core.scoring.AnswerScorer;
import dev.aspire.core.scoring.ScoreReport;
import dev.aspire.core.scoring.ScoringRequest;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scores realistic answers of about 150 words, one after another, on one thread: an operation is one
 * answer, so the result is answers per second per core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScoringThroughputBenchmark {
    /** Enough different answers that the scorer cannot profit from seeing the same one again. */
    private static final int ANSWERS = 4096;

    private AnswerScorer scorer;
    private ScoringRequest[] answers;
    private int next;

    @Setup
    public void prepare() {
        scorer = ProductionScorer.get();
        AnswerCorpus corpus = new AnswerCorpus(42);
        answers = new ScoringRequest[ANSWERS];
        for (int i = 0; i < ANSWERS; i++) {
            answers[i] = ScoringRequest.of(corpus.next(i + 1).text());
        }
    }

    @Benchmark
    public ScoreReport scoreOneAnswer() {
        ScoringRequest answer = answers[next];
        next = (next + 1) % ANSWERS;
        return scorer.score(answer);
    }
}
