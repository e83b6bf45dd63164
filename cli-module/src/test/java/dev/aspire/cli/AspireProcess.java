package dev.aspire.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the real {@code ./aspire} launcher from the repository root as a separate process, with stdin piped
 * from a file, exactly as a user's script would. Integration tests only: they need the packaged jar.
 */
final class AspireProcess {
    /** Failsafe runs in the module's folder; the launcher sits one level up. */
    static final Path LAUNCHER = Path.of("..", "aspire").toAbsolutePath().normalize();

    private AspireProcess() {
    }

    static CliRun run(Path workFolder, Path home, String stdin, String... args) throws IOException, InterruptedException {
        return run(workFolder, home, Map.of(), stdin, args);
    }

    /** As above, with {@code environment} added to the launcher's, e.g. {@code ASPIRE_JAVA_OPTS}. */
    static CliRun run(Path workFolder, Path home, Map<String, String> environment, String stdin, String... args)
            throws IOException, InterruptedException {
        Path input = Files.createTempFile(workFolder, "stdin", ".txt");
        Path out = Files.createTempFile(workFolder, "stdout", ".txt");
        Path err = Files.createTempFile(workFolder, "stderr", ".txt");
        Files.writeString(input, stdin, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workFolder.toFile())
                .redirectInput(input.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().put("ASPIRE_HOME", home.toString());
        builder.environment().putAll(environment);
        int exitCode = builder.start().waitFor();
        return new CliRun(exitCode, Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
