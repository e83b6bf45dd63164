package dev.aspire.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs the aspire command in-process, as a user would, with its home in a test directory. */
record CliRun(int exitCode, String out, String err) {
    static final Path EXAMPLES = Path.of("..", "examples");
    static final String SERVER = EXAMPLES.resolve("profiles").resolve("restaurant-server.yaml").toString();

    static CliRun run(Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = new AspireCli(new PrintWriter(out), new PrintWriter(err),
                Map.of("ASPIRE_HOME", home.toString()), List.of()).run(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }
}
