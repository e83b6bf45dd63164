package dev.aspire.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aspire.data.Mappers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged plugin jar, dropped into a plugins directory, used by the packaged aspire jar in a java process
 * of its own: nothing of the plugin is on that process's class path.
 */
class StoryFirstJarIT {
    private static final Path PLUGIN_JAR = Path.of(System.getProperty("plugin.jar"));
    private static final Path ASPIRE_JAR = Path.of(System.getProperty("aspire.jar"));

    @TempDir
    Path folder;

    @Test
    void droppedIntoTheUsersPluginDirectoryItIsListedAndWritesAnswers() throws Exception {
        Path home = folder.resolve("home");
        Files.createDirectories(home.resolve("plugins"));
        Files.copy(PLUGIN_JAR, home.resolve("plugins").resolve(PLUGIN_JAR.getFileName()));

        Aspire list = aspire(home, "list", "archetypes");
        Aspire answer = aspire(home, "answer", "--profile", Aspire.SERVER, "--question", "career-aspirations",
                "--interviewer", "hiring-manager", "--archetype", "story-first");

        assertEquals(0, list.exitCode(), list.toString());
        assertEquals("", list.err());
        assertTrue(list.out().lines().anyMatch(line -> line.startsWith("story-first ")), list.out());
        assertEquals(0, answer.exitCode(), answer.toString());
        assertTrue(answer.out().contains("archetype: story-first"), answer.out());
        assertTrue(answer.out().contains("one busy day") || answer.out().contains("one evening")
                || answer.out().contains("one ordinary day"), answer.out());
    }

    @Test
    void givenWithThePluginsOptionItWritesEveryAnswer() throws Exception {
        Path plugins = folder.resolve("plugins");
        Files.createDirectories(plugins);
        Files.copy(PLUGIN_JAR, plugins.resolve("story-first.jar"));

        Aspire run = aspire(folder.resolve("home"), "--plugins", plugins.toString(), "answer", "--profile",
                Aspire.DEPOT, "--all", "--archetype", "story-first", "--format", "json");

        assertEquals(0, run.exitCode(), run.toString());
        JsonNode answers = Mappers.json().readTree(run.out());
        assertEquals(24, answers.size());
        answers.forEach(answer -> assertEquals("story-first", answer.get("archetype").asText()));
    }

    private Aspire aspire(Path home, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", ASPIRE_JAR.toString()));
        command.addAll(List.of(args));
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(Files.createTempFile(folder, "stdin", ".txt").toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().put("ASPIRE_HOME", home.toString());
        int exitCode = builder.start().waitFor();
        return new Aspire(exitCode, Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
