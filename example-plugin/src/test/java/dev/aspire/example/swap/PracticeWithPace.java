package dev.aspire.example.swap;

import dev.aspire.cli.AspireCli;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The aspire command inside another program, with the pace scorer in place of Aspire's own. */
public final class PracticeWithPace {
    private PracticeWithPace() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(System.in, out, err, System.getenv(), args));
    }

    static int run(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> environment,
                   String... args) {
        return new AspireCli(in, out, err, environment, List.of(new PaceScorerModule())).run(args);
    }
}
