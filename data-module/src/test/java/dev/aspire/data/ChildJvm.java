package dev.aspire.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Another Java process running a test class's {@code main} on this test's class path, so that a test can do
 * what only a separate process can: be killed halfway through a write, or write at the same time as another.
 */
public final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final BufferedReader stdout;

    private ChildJvm(Process process) {
        this.process = process;
        this.stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    public static ChildJvm start(Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Surefire's class path is a jar whose manifest lists the rest; a child JVM reads it the same way.
                "-cp", System.getProperty("java.class.path"),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                main.getName()));
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
    }

    /** The child's next line on stdout; null once it has ended and everything it printed has been read. */
    public String readLine() throws IOException {
        return stdout.readLine();
    }

    /**
     * Kills the child at once (SIGKILL on Unix): no shutdown hook, no finally block, no flush runs. Through its
     * handle, because {@code Process.destroyForcibly} also closes our end of its output, which still holds what
     * it printed before it died.
     */
    public void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        process.waitFor();
    }

    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
