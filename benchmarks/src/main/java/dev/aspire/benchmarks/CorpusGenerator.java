package dev.aspire.benchmarks;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.aspire.data.Mappers;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the benchmark inputs, the same bytes for the same arguments:
 * <pre>
 *   java -cp benchmarks.jar dev.aspire.benchmarks.CorpusGenerator --answers 100000 --seed 42 --out corpus.jsonl
 *   java -cp benchmarks.jar dev.aspire.benchmarks.CorpusGenerator --bytes 1048576 --seed 42 --out answer-1m.txt
 * </pre>
 * The first writes one JSON object per line (id, question, interviewer, role, company, industry, text);
 * the second writes one long answer as plain text.
 */
public final class CorpusGenerator {
    private static final String USAGE = "usage: CorpusGenerator (--answers N | --bytes B) [--seed S] --out FILE";

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        long answers = -1;
        long bytes = -1;
        long seed = 42;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--answers" -> answers = number(value);
                case "--bytes" -> bytes = number(value);
                case "--seed" -> seed = number(value);
                case "--out" -> out = value == null ? null : Path.of(value);
                default -> fail("unknown argument '" + args[i] + "'");
            }
            i++;
        }
        if (out == null || (answers < 0) == (bytes < 0) || answers > Integer.MAX_VALUE || bytes > Integer.MAX_VALUE) {
            fail("give --out and exactly one of --answers or --bytes");
        }
        AnswerCorpus corpus = new AnswerCorpus(seed);
        if (answers >= 0) {
            writeAnswers(corpus, (int) answers, out);
        } else {
            Files.writeString(out, corpus.longAnswer((int) bytes), StandardCharsets.UTF_8);
        }
    }

    private static void writeAnswers(AnswerCorpus corpus, int count, Path out) throws IOException {
        ObjectWriter writer = Mappers.json().writerFor(CorpusAnswer.class);
        try (Writer file = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            for (int number = 1; number <= count; number++) {
                file.write(writer.writeValueAsString(corpus.next(number)));
                file.write('\n');
            }
        }
    }

    private static long number(String value) {
        try {
            long number = Long.parseLong(String.valueOf(value));
            if (number < 0) {
                fail("'" + value + "' is negative; give a whole number of 0 or more");
            }
            return number;
        } catch (NumberFormatException e) {
            fail("'" + value + "' is not a whole number");
            return -1;
        }
    }

    private static void fail(String message) {
        System.err.println("CorpusGenerator: " + message + "\n" + USAGE);
        System.exit(2);
    }
}
