package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A run builds only the verb it names, yet every way of reaching a verb still works. */
class VerbsTest {
    @TempDir
    Path home;

    @Test
    void eachVerbIsListedUnderTheNameItsModelDeclares() {
        AspireCommand root = aspire();
        for (String name : Verbs.NAMES) {
            assertEquals(name, Verbs.create(name, root).name());
        }
    }

    @Test
    void theVerbIsTheFirstWordThatIsNotAGlobalOptionOrItsValue() {
        assertEquals("score", ArgumentPreview.of("score", "answer.txt").verb());
        assertEquals("score", ArgumentPreview.of("--debug", "score", "-").verb());
        assertEquals("list", ArgumentPreview.of("--packs", "list", "list", "archetypes").verb());
        assertEquals("answer", ArgumentPreview.of("--plugins", "plugins", "--packs=packs", "answer").verb());
        assertNull(ArgumentPreview.of("--help").verb());
        assertNull(ArgumentPreview.of("scroe", "answer.txt").verb());
        assertNull(ArgumentPreview.of("--", "score").verb());
    }

    @Test
    void aRunThatNamesAVerbBuildsThatVerbAlone() {
        CommandLine root = root();

        Verbs.register(root, ArgumentPreview.of("--debug", "score", "answer.txt").verb());

        assertEquals(List.of("score"), List.copyOf(root.getSubcommands().keySet()));
    }

    @Test
    void theCompletionScriptStillCoversEveryVerb() {
        CliRun run = CliRun.run(home, "", "completion");

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        for (String verb : Verbs.NAMES) {
            assertTrue(run.out().contains(verb), verb + " missing from the completion script");
        }
        assertTrue(run.out().contains("--min-score"), "score's options missing from the completion script");
    }

    @Test
    void aMistypedVerbIsReportedWithTheVerbsThatExist() {
        CliRun run = CliRun.run(home, "", "scroe", "answer.txt");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("score"), run.err());
    }

    @Test
    void globalOptionsBeforeTheVerbStillApplyToIt() {
        CliRun run = CliRun.run(home, "", "--packs", home.resolve("missing").toString(), "list", "archetypes");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("missing"), run.err());
    }

    @Test
    void globalOptionsAfterTheVerbApplyToItToo() {
        String missing = home.resolve("missing").toString();

        CliRun run = CliRun.run(home, "", "list", "archetypes", "--packs", missing);

        assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("aspire: " + missing + ": no such directory"), run.err());
    }

    @Test
    void packsGivenBeforeAndAfterTheVerbAreAllRead() throws IOException {
        Path before = Files.createDirectories(home.resolve("before"));
        Path after = Files.createDirectories(home.resolve("after"));
        Files.copy(CliRun.EXAMPLES.resolve("packs").resolve("community-builder.yaml"),
                before.resolve("community-builder.yaml"));

        CliRun run = CliRun.in(home, "--packs", before.toString(), "list", "archetypes", "--packs", after.toString());

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("community-builder"), run.out());
    }

    private static CommandLine root() {
        return new CommandLine(aspire().spec());
    }

    private static AspireCommand aspire() {
        return new AspireCommand(Map.of(), List.of(), new LineInput(InputStream.nullInputStream(), false));
    }
}
