package dev.aspire.example;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.Module;
import dev.aspire.cli.AspireCli;
import dev.aspire.data.Mappers;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One in-process run of the real aspire command, as a user types it. The example plugin is on the test class
 * path, so every run finds it there, exactly as it would find a plugin on Aspire's own class path.
 */
record Aspire(int exitCode, String out, String err) {
    static final Path EXAMPLES = Path.of("..", "examples");
    static final String SERVER = EXAMPLES.resolve("profiles/restaurant-server.yaml").toString();
    static final String DEPOT = EXAMPLES.resolve("profiles/depot-shift-coordinator.yaml").toString();

    static Aspire run(Path home, String... args) {
        return run(home, "", List.of(), args);
    }

    static Aspire run(Path home, String stdin, List<? extends Module> modules, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = new AspireCli(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err), Map.of("ASPIRE_HOME", home.toString()), modules)
                .run(args);
        return new Aspire(exitCode, out.toString(), err.toString());
    }

    JsonNode json() {
        try {
            return Mappers.json().readTree(out);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
