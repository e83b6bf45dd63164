package dev.aspire.example.swap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aspire.cli.AspireCli;
import dev.aspire.core.plugin.AspirePlugin;
import dev.aspire.core.scoring.ScoreReport;
import dev.aspire.core.scoring.ScoringRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replacing the scorer, and nothing else, two ways: a Guice module for a program that embeds Aspire, and a
 * plugin jar for everyone else. Practice rounds then score with the pace scorer, while the answers to compare
 * still come from the template composer.
 */
class SwapScorerTest {
    private static final String SERVER = Path.of("..", "examples", "profiles", "restaurant-server.yaml").toString();
    private static final String ANSWER = "I want to grow into a marketing manager at Cacao & Co, starting as"
            + " Marketing Assistant, because my years serving customers taught me what makes them say yes.";

    @TempDir
    Path home;

    @Test
    void aGuiceModuleReplacesTheScorerWhenAspireIsEmbedded() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exitCode = PracticeWithPace.run(input(), new PrintWriter(out), new PrintWriter(err),
                Map.of("ASPIRE_HOME", home.toString()), practice());

        assertEquals(0, exitCode, err.toString());
        assertScoredByPace(out.toString());
    }

    @Test
    void aPluginJarReplacesTheScorerForEveryCommand() throws IOException {
        Path plugins = home.resolve("plugins");
        pluginJar(plugins.resolve("pace-scorer.jar"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exitCode = new AspireCli(input(), new PrintWriter(out), new PrintWriter(err),
                Map.of("ASPIRE_HOME", home.toString()), List.of()).run(practice());

        assertEquals(0, exitCode, err.toString());
        assertEquals("", err.toString().replace("Type your answer; an empty line ends it.\n", ""));
        assertScoredByPace(out.toString());
    }

    private static void assertScoredByPace(String out) {
        ScoreReport expected = new PaceScorer().score(ScoringRequest.of(ANSWER));
        assertTrue(out.contains("Score " + expected.score() + "/100 (weak), 28 words"), out);
        assertTrue(out.contains("speaking-time (lost " + (100 - expected.score()) + " of 100 points): Say more"), out);
        assertTrue(out.contains("For comparison, an answer written from your profile"), out);
    }

    private static String[] practice() {
        return new String[] {"practice", "--profile", SERVER, "--rounds", "1", "--seed", "3"};
    }

    private static ByteArrayInputStream input() {
        return new ByteArrayInputStream((ANSWER + "\n\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The jar a build of the pace scorer plugin makes: its two classes and its services file. */
    private static void pluginJar(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            put(out, "META-INF/services/" + AspirePlugin.class.getName(),
                    (PaceScorerPlugin.class.getName() + "\n").getBytes(StandardCharsets.UTF_8));
            for (Class<?> type : List.of(PaceScorerPlugin.class, PaceScorer.class)) {
                String name = type.getName().replace('.', '/') + ".class";
                try (var in = SwapScorerTest.class.getClassLoader().getResourceAsStream(name)) {
                    put(out, name, in.readAllBytes());
                }
            }
        }
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }
}
