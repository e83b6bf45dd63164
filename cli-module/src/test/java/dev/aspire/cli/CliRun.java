package dev.aspire.cli;

import com.google.inject.Module;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One in-process run of aspire, as a user would type it, with stdin given and stdout and stderr captured. */
record CliRun(int exitCode, String out, String err) {
    static final Path EXAMPLES = Path.of("..", "examples");
    static final String SERVER = EXAMPLES.resolve("profiles").resolve("restaurant-server.yaml").toString();

    /** A run with no input, a home that does not exist and only the production modules. */
    static CliRun of(String... args) {
        return run(Path.of("/nonexistent/aspire-test-home"), "", List.of(), args);
    }

    /** A run with the production modules only, no input, and its home in {@code home}. */
    static CliRun in(Path home, String... args) {
        return run(home, "", List.of(), args);
    }

    static CliRun run(Path home, String stdin, String... args) {
        return run(home, stdin, FakeServices.module(), args);
    }

    static CliRun run(Path home, String stdin, Module services, String... args) {
        return run(home, stdin, List.of(services), args);
    }

    static CliRun run(Path home, String stdin, List<? extends Module> modules, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = new AspireCli(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err), Map.of("ASPIRE_HOME", home.toString()), modules)
                .run(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** The lines of stderr; a failing command prints exactly one. */
    List<String> errLines() {
        return err.lines().toList();
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
