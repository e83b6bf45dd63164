package dev.aspire.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * docs/EXTENDING.md shows only what runs. Each sample is marked with {@code <!-- sample: ... -->} before its
 * fenced block: {@code file PATH} samples must be that file of the repository, which this module compiles and
 * its tests run; the {@code pack} sample is loaded and writes answers; the {@code pom} sample builds a plugin
 * against aspire-core alone; the {@code output} sample is what aspire prints with the example plugin.
 */
class ExtendingGuideTest {
    private static final Path ROOT = Path.of("..");
    private static final Path GUIDE = ROOT.resolve("docs").resolve("EXTENDING.md");
    private static final Pattern MARKER = Pattern.compile("<!-- sample: (\\w+) ?(.*?) -->");

    /** A marked block of the guide: what kind of sample, its argument, its language and its text. */
    record Sample(String kind, String argument, String language, String body, int line) {
        @Override
        public String toString() {
            return kind + " " + argument + " (line " + line + ")";
        }
    }

    @Test
    void everyBlockOfCodeOrDataIsACheckedSample() throws IOException {
        List<String> lines = Files.readAllLines(GUIDE, StandardCharsets.UTF_8);
        List<String> unchecked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("```(java|yaml|xml)") && (i == 0 || !MARKER.matcher(lines.get(i - 1)).matches())) {
                unchecked.add("line " + (i + 1) + ": " + lines.get(i));
            }
        }
        assertEquals(List.of(), unchecked, "mark each with <!-- sample: ... --> so that a test checks it");
        assertTrue(samples().size() >= 12, "the guide's samples were found: " + samples());
    }

    @ParameterizedTest
    @MethodSource("fileSamples")
    void aFileSampleIsTheFileItself(Sample sample) throws IOException {
        Path file = ROOT.resolve(sample.argument());
        assertTrue(Files.isRegularFile(file), "no file " + file + " for " + sample);
        assertEquals(Files.readString(file, StandardCharsets.UTF_8).stripTrailing(), sample.body().stripTrailing(),
                "copy " + file + " into the guide again");
    }

    @Test
    void thePackSampleAddsAnArchetypeThatWritesAnswers(@TempDir Path home) throws IOException {
        Sample pack = only("pack");
        Path packs = home.resolve("packs");
        Files.createDirectories(packs);
        Files.writeString(packs.resolve(pack.argument()), pack.body());

        Aspire list = Aspire.run(home, "list", "archetypes");
        Aspire answer = Aspire.run(home, "answer", "--profile", Aspire.SERVER, "--question", "five-years",
                "--interviewer", "hiring-manager", "--archetype", "problem-solver", "--format", "json");

        assertEquals("", list.err());
        assertTrue(list.out().lines().anyMatch(line -> line.startsWith("problem-solver ")), list.out());
        assertEquals(0, answer.exitCode(), answer.toString());
        String text = answer.json().get("text").asText();
        assertTrue(text.contains("I am at my best with a knotty problem in front of me."), text);
        assertTrue(text.contains("full of problems worth solving"), text);
        int words = answer.json().get("words").asInt();
        assertTrue(words >= 90 && words <= 200, text);
    }

    @Test
    void thePomSampleBuildsAPluginAgainstTheCoreAloneAtThisVersion() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(only("pom").body())));
        NodeList dependencies = pom.getElementsByTagName("dependency");

        assertEquals(1, dependencies.getLength(), "a plugin needs aspire-core and nothing else");
        Element core = (Element) dependencies.item(0);
        assertEquals("dev.aspire", text(core, "groupId"));
        assertEquals("aspire-core", text(core, "artifactId"));
        assertEquals(System.getProperty("project.version"), text(core, "version"));
        assertEquals("provided", text(core, "scope"));
        assertEquals("17", text(pom.getDocumentElement(), "maven.compiler.release"));
        String examplePom = Files.readString(ROOT.resolve("example-plugin").resolve("pom.xml"));
        assertTrue(examplePom.contains("<artifactId>aspire-core</artifactId>\n            <scope>provided</scope>"),
                "the example plugin is built the way the guide says");
    }

    @Test
    void theOutputSampleIsWhatAspirePrintsWithThePluginInstalled(@TempDir Path home) throws IOException {
        Sample output = only("output");
        Aspire run = Aspire.run(home, output.argument().split(" "));

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(output.body().stripTrailing(), run.out().stripTrailing());
    }

    @Test
    void theWarningsShownAreTheOnesAspirePrints() throws IOException {
        String guide = Files.readString(GUIDE);
        assertTrue(guide.contains("skipped: its class is not in the jar; check the name in"
                + " META-INF/services/dev.aspire.core.plugin.AspirePlugin"));
        assertTrue(guide.contains("skipped: a plugin with the same id was already loaded from "));
        assertFalse(guide.contains("TODO"));
    }

    static Stream<Sample> fileSamples() throws IOException {
        return samples().stream().filter(sample -> sample.kind().equals("file"));
    }

    private static Sample only(String kind) throws IOException {
        List<Sample> found = samples().stream().filter(sample -> sample.kind().equals(kind)).toList();
        assertEquals(1, found.size(), "one " + kind + " sample in the guide");
        return found.get(0);
    }

    private static List<Sample> samples() throws IOException {
        List<String> lines = Files.readAllLines(GUIDE, StandardCharsets.UTF_8);
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = MARKER.matcher(lines.get(i));
            if (!marker.matches()) {
                continue;
            }
            String fence = lines.get(i + 1);
            assertTrue(fence.startsWith("```"), "line " + (i + 2) + ": a sample marker must stand right above its block");
            StringBuilder body = new StringBuilder();
            int end = i + 2;
            while (!lines.get(end).equals("```")) {
                body.append(lines.get(end)).append('\n');
                end++;
            }
            samples.add(new Sample(marker.group(1), marker.group(2), fence.substring(3), body.toString(), i + 1));
            i = end;
        }
        return samples;
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
    }
}
