package dev.aspire.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aspire.data.AspireSettings;
import dev.aspire.data.DataFileException;
import dev.aspire.data.DataFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packs are shared by strangers, so a pack is data and nothing more: it cannot run code, reach files outside
 * its directory, smuggle terminal escapes into answers, or grow without bound.
 */
class UntrustedPacksTest {
    private static final String VALID = """
            templates:
              - part: close
                question: five-years
                phrasings:
                  - I mean to grow at {company}.
            """;

    @TempDir
    Path home;

    @TempDir
    Path packs;

    @TempDir
    Path elsewhere;

    private final PackReader reader = new PackReader(new DataFiles());

    private String error(String pack) throws IOException {
        Path file = Files.writeString(packs.resolve("pack.yaml"), pack);
        return assertThrows(DataFileException.class, () -> reader.read(file)).getMessage()
                .replace(packs.toString(), "PACKS");
    }

    private List<Pack> loadAll() {
        return new TemplatePacks(new AspireSettings(home, List.of(packs), List.of()), reader, Set.of()).all();
    }

    @Test
    void yamlTagsThatWouldBuildObjectsAreRefused() throws IOException {
        assertEquals("PACKS/pack.yaml:4: templates[1].phrasings: the YAML tag '!!java.net.URL' is not allowed;"
                + " Aspire reads plain text, lists and fields only, so remove the tag", error("""
                templates:
                  - part: close
                    phrasings:
                      - !!java.net.URL "http://localhost/"
                """));
        assertEquals("PACKS/pack.yaml:1: the YAML tag '!!javax.script.ScriptEngineManager' is not allowed; Aspire"
                + " reads plain text, lists and fields only, so remove the tag", error("templates: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader"
                + " [[!!java.net.URL [\"http://localhost/\"]]]]\n"));
    }

    @Test
    void aliasesAreRefusedSoNothingIsExpandedOrRepeated() throws IOException {
        assertEquals("PACKS/pack.yaml:6: templates[2]: '*closes' refers to an anchor; Aspire does not expand YAML"
                + " anchors and aliases, so write the value out in full", error("""
                templates:
                  - part: close
                    phrasings: &closes ["I mean to grow at {company}."]
                  - part: close
                    question: five-years
                    phrasings: *closes
                """));
    }

    @Test
    void thereIsNoWayToNameAFile() throws IOException {
        assertEquals("PACKS/pack.yaml:1: include: unknown field 'include'; known fields: archetypes, cues,"
                + " description, templates", error("include: /etc/passwd\n" + VALID));
        assertTrue(error(VALID.replace("{company}", "{../../etc/passwd}"))
                .startsWith("PACKS/pack.yaml:5: cannot read this placeholder"));
    }

    @Test
    void aLinkToAFileOutsideThePackDirectoryIsNotFollowed() throws IOException {
        Path outside = Files.writeString(elsewhere.resolve("secret.yaml"), VALID);
        Path link = Files.createSymbolicLink(packs.resolve("pack.yaml"), outside);

        DataFileException e = assertThrows(DataFileException.class, this::loadAll);
        Files.delete(link);
        assertEquals(packs.resolve("pack.yaml") + ": is a link to " + outside.toRealPath() + ", outside the pack"
                + " directory; packs are read only from inside their directory, so copy the file in or remove the"
                + " link", e.getMessage());
    }

    @Test
    void aLinkWithinThePackDirectoryIsReadAndABrokenOneIsSkipped() throws IOException {
        Files.createDirectories(packs.resolve("shared"));
        Path inside = Files.writeString(packs.resolve("shared").resolve("closes.yaml"), VALID);
        Files.createSymbolicLink(packs.resolve("pack.yaml"), inside);
        Files.createSymbolicLink(packs.resolve("gone.yaml"), packs.resolve("deleted.yaml"));

        List<Pack> loaded = loadAll();

        assertEquals(2, loaded.size(), "the built-in pack and the linked one");
        assertEquals(packs.resolve("pack.yaml").toString(), loaded.get(1).source());
    }

    @Test
    void terminalEscapesInPhrasingsAndArchetypesAreRefused() throws IOException {
        assertEquals("PACKS/pack.yaml:5: a phrasing contains the control character U+001B; delete it",
                error(VALID.replace("I mean to grow at {company}.", "\"\\e[2JI mean to grow at {company}.\"")));
        assertEquals("PACKS/pack.yaml:2: archetype 'quiet-builder': name contains the control character U+0007;"
                + " delete it", error("""
                archetypes:
                  - id: quiet-builder
                    name: "Quiet \\a builder"
                    shape: Steady work, told plainly.
                    fitsWhen: The candidate builds things.
                    suitedTo: [skill]
                """));
    }

    @Test
    void aValueQuotedInAnErrorStaysOnOneLine() throws IOException {
        assertEquals("PACKS/pack.yaml:2: unknown part 'close and more'; known: opening, past, present, future, pitch,"
                + " close", error("templates:\n  - part: \"close\\nand more\"\n    phrasings: [x]\n"));
    }

    @Test
    void anArchetypesTextsAreBounded() throws IOException {
        String message = error("""
                archetypes:
                  - id: quiet-builder
                    name: %s
                    shape: Steady work, told plainly.
                    fitsWhen: The candidate builds things.
                """.formatted("n".repeat(PackReader.MAX_NAME_LENGTH + 1)));
        assertEquals("PACKS/pack.yaml:2: archetype 'quiet-builder': name is 81 characters long; the limit is 80",
                message);
    }

    @Test
    void aPackIsBoundedInBytesAndInEntries() throws IOException {
        String big = VALID + "description: " + "x".repeat(PackReader.MAX_PACK_BYTES) + "\n";
        assertEquals("PACKS/pack.yaml: larger than the limit of 512 KiB; split it or shorten it", error(big));

        StringBuilder many = new StringBuilder("templates:\n");
        for (int i = 0; i <= PackReader.MAX_TEMPLATES; i++) {
            many.append("  - {part: close, question: q").append(i).append(", phrasings: [Fine.]}\n");
        }
        assertEquals("PACKS/pack.yaml: templates: has 501 entries; a pack may hold at most 500, so split it into"
                + " several packs", error(many.toString()));
    }

    @Test
    void aDirectoryHoldsAtMostAHundredPacks() throws IOException {
        for (int i = 0; i <= TemplatePacks.MAX_FILES_PER_DIRECTORY; i++) {
            Files.writeString(packs.resolve("pack-" + i + ".yaml"), VALID);
        }
        DataFileException e = assertThrows(DataFileException.class, this::loadAll);
        assertEquals(packs + ": holds 101 pack files; the limit is 100 per directory", e.getMessage());
    }
}
