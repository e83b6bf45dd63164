package dev.aspire.cli;

import com.google.inject.Module;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/** One in-process run of the aspire command, with what it printed and how it exited. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        return with(Map.of("ASPIRE_HOME", "/nonexistent/aspire-test-home"), List.of(), args);
    }

    static CliRun with(Map<String, String> environment, List<? extends Module> modules, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new AspireCli(new PrintWriter(out), new PrintWriter(err), environment, modules).run(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
