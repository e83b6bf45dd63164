package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A run builds only the verb it names, yet every way of reaching a verb still works. */
class VerbsTest {
    @TempDir
    Path home;

    @Test
    void eachVerbIsListedUnderTheNameItsCommandDeclares() {
        Verbs.BY_NAME.forEach((name, type) ->
                assertEquals(name, type.getAnnotation(Command.class).name(), type.getName()));
    }

    @Test
    void theVerbIsTheFirstWordThatIsNotAGlobalOptionOrItsValue() {
        assertEquals("score", Verbs.named("score", "answer.txt"));
        assertEquals("score", Verbs.named("--debug", "score", "-"));
        assertEquals("list", Verbs.named("--packs", "list", "list", "archetypes"));
        assertEquals("answer", Verbs.named("--plugins", "plugins", "--packs=packs", "answer"));
        assertNull(Verbs.named("--help"));
        assertNull(Verbs.named("scroe", "answer.txt"));
        assertNull(Verbs.named("--", "score"));
    }

    @Test
    void aRunThatNamesAVerbBuildsThatVerbAlone() {
        CommandLine root = root();

        Verbs.register(root, "--debug", "score", "answer.txt");

        assertEquals(List.of("score"), List.copyOf(root.getSubcommands().keySet()));
    }

    @Test
    void theCompletionScriptStillCoversEveryVerb() {
        CliRun run = CliRun.run(home, "", "completion");

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        for (String verb : Verbs.BY_NAME.keySet()) {
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

    private static CommandLine root() {
        return new CommandLine(new AspireCommand(Map.of(), List.of(), new LineInput(InputStream.nullInputStream(), false)));
    }
}
