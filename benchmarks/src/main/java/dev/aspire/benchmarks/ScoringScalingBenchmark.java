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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scores one answer of 1 KB, 10 KB, 100 KB and 1 MB. When the scorer is linear in the length of the text,
 * the time divided by the size stays flat from one size to the next.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScoringScalingBenchmark {
    @Param({"1024", "10240", "102400", "1048576"})
    public int bytes;

    private AnswerScorer scorer;
    private ScoringRequest answer;

    @Setup
    public void prepare() {
        scorer = ProductionScorer.get();
        String text = new AnswerCorpus(42).longAnswer(bytes);
        // Cut at a space so that the answer ends on a whole word, as a real one does; the corpus is ASCII,
        // so characters and bytes are the same count.
        int end = text.lastIndexOf(' ', bytes);
        answer = ScoringRequest.of(text.substring(0, end > 0 ? end : Math.min(bytes, text.length())));
    }

    @Benchmark
    public ScoreReport scoreOneLongAnswer() {
        return scorer.score(answer);
    }
}
