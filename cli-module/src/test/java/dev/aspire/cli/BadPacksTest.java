package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of template pack a stranger may share, given with {@code --packs DIR} as a user would. A pack that
 * cannot be used stops the run with one line naming the pack file (and its line where known) and exit code 2;
 * a pack that is only saved differently works exactly as the plain one.
 */
class BadPacksTest {
    private static final String CLOSES = """
            description: New closing lines for the five-years question.
            templates:
              - part: close
                question: five-years
                phrasings:
                  - Five years from now, I want to look back on this as the job where my career at {company} took shape.
            """;

    private static final String ARCHETYPE = """
            archetypes:
              - id: quiet-builder
                name: Quiet builder
                shape: Steady work, told plainly.
                fitsWhen: The candidate builds things.
                suitedTo: [skill]
            """;

    @TempDir
    Path home;

    @TempDir
    Path packs;

    private CliRun answerWith(Path packDirectory) {
        return CliRun.in(home, "--packs", packDirectory.toString(), "answer", "--profile", CliRun.SERVER,
                "--question", "five-years", "--interviewer", "hiring-manager");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    /** Each broken pack file's name, its bytes, and what its one-line error says after "aspire: FILE". */
    static Stream<Arguments> brokenPacks() {
        byte[] random = new byte[4096];
        new Random(11).nextBytes(random);
        String deepList = "[".repeat(10_000) + "]".repeat(10_000);
        StringBuilder aliasBomb = new StringBuilder("description: &a [lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char name = 'b'; name <= 'j'; name++) {
            aliasBomb.append(name).append(": &").append(name).append(" [")
                    .append(("*" + (char) (name - 1) + ", ").repeat(8)).append('*').append((char) (name - 1))
                    .append("]\n");
        }
        return Stream.of(
                Arguments.of("empty", "empty.yaml", utf8(""),
                        ": is empty; see the README for what it should contain"),
                Arguments.of("whitespace only", "blank.yaml", utf8("\n   \n\t\n"),
                        ": is empty; see the README for what it should contain"),
                Arguments.of("20 MB", "huge.yaml", utf8(CLOSES + "# " + "x".repeat(20 * 1024 * 1024) + "\n"),
                        ": larger than the limit of 512 KiB; split it or shorten it"),
                Arguments.of("binary", "archive.yaml", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0},
                        ": looks like binary data, not text; give a text file"),
                Arguments.of("random bytes", "noise.yaml", random,
                        ": is not valid UTF-8 text; save it as UTF-8 and try again"),
                Arguments.of("Latin-1, not UTF-8", "latin1.yaml",
                        CLOSES.replace("took shape", "prit forme, café").getBytes(StandardCharsets.ISO_8859_1),
                        ": is not valid UTF-8 text; save it as UTF-8 and try again"),
                Arguments.of("one very long line", "long.yaml", utf8(CLOSES.replace("took shape.",
                        "took shape" + ", and then".repeat(30_000) + ".")),
                        ":6: a phrasing is 300100 characters long; the limit is 1000, so split it into shorter"
                                + " sentences"),
                Arguments.of("unclosed quote", "quote.yaml", utf8(CLOSES.replace("- Five", "- \"Five")),
                        ":6: templates[1].phrasings: while scanning a quoted scalar, found unexpected end of"
                                + " stream; check the quotes, brackets and indentation"),
                Arguments.of("unclosed quote in JSON", "quote.json",
                        utf8("{\"templates\": [{\"part\": \"close\", \"phrasings\": [\"unclosed]}]}"),
                        ":1: templates[1].phrasings[1]: Unexpected end-of-input: was expecting closing quote for a"
                                + " string value"),
                Arguments.of("text where a list belongs", "type.yaml",
                        utf8("templates:\n  - part: close\n    phrasings: I stay at {company}.\n"),
                        ":3: templates[1].phrasings: expected a list here"),
                Arguments.of("a list where text belongs", "type2.yaml",
                        utf8("templates:\n  - part: [close]\n    phrasings: [I stay at {company}.]\n"),
                        ":2: templates[1].part: expected a piece of text here"),
                Arguments.of("unknown field", "unknown.yaml", utf8(CLOSES.replace("    question:",
                        "    weight: 3\n    question:")),
                        ":4: templates[1].weight: unknown field 'weight'; known fields: archetype, interviewer,"
                                + " kind, part, phrasings, question"),
                Arguments.of("missing part", "missing.yaml", utf8(CLOSES.replace("  - part: close\n    ", "  - ")),
                        ":3: part: missing; choose one of opening, past, present, future, pitch, close"),
                Arguments.of("a field twice", "twice.yaml", utf8(CLOSES + "description: again\n"),
                        ":7: Duplicate field 'description'"),
                Arguments.of("an archetype id twice", "twice-id.yaml",
                        utf8(ARCHETYPE + ARCHETYPE.replace("archetypes:\n", "")),
                        ":7: archetype 'quiet-builder' is already defined at line 2"),
                Arguments.of("an entry twice", "twice-entry.yaml",
                        utf8(CLOSES + CLOSES.replaceAll("(?s)^.*templates:\\n", "")),
                        ":7: another entry for close / question five-years starts at line 3; put all their"
                                + " phrasings in one entry"),
                Arguments.of("an unknown id", "unknown-id.yaml", utf8(CLOSES.replace("five-years", "ten-years")),
                        ":3: unknown question variant 'ten-years'; known: career-aspirations, five-years,"
                                + " hoping-to-get, aligns-with-goals"),
                Arguments.of("deeply nested", "deep.yaml", utf8("templates: " + deepList + "\n"),
                        ":1: templates[1]: expected a section with fields (TemplateFields) here"),
                Arguments.of("deeply nested JSON", "deep.json", utf8("{\"templates\": [" + deepList + "]}"),
                        ":1: templates[1]: expected a section with fields (TemplateFields) here"),
                Arguments.of("alias bomb", "bomb.yaml", utf8(aliasBomb.toString()),
                        ":1: description: expected a piece of text here"),
                Arguments.of("alias", "alias.yaml", utf8(CLOSES.replace("description: New", "description: &d New")
                        + "templates2: *d\n"), ":7: '*d' refers to an anchor; Aspire does not expand YAML anchors and"
                        + " aliases, so write the value out in full"),
                Arguments.of("YAML tag", "tag.yaml", utf8(CLOSES.replace("- Five", "- !!java.net.URL Five")),
                        ":6: templates[1].phrasings: the YAML tag '!!java.net.URL' is not allowed; Aspire reads plain"
                                + " text, lists and fields only, so remove the tag"),
                Arguments.of("terminal escape", "escape.yaml", utf8(CLOSES.replace("- Five years",
                        "- \"\\e]0;owned\\aFive years").replace("took shape.", "took shape.\"")),
                        ":6: a phrasing contains the control character U+001B; delete it"),
                Arguments.of("code in a placeholder", "code.yaml", utf8(CLOSES.replace("{company}",
                        "{T(java.lang.Runtime).getRuntime().exec('rm')}")),
                        ":6: cannot read this placeholder; write {slot}, {slot.N}, {slot:N}, {a slot} or {^slot} (at"
                                + " \"{T(java.lang.Runtime).getRuntime().exec('rm')}\")"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenPacks")
    void aBrokenPackStopsTheRunWithOneLineNamingTheFile(String what, String name, byte[] bytes, String error)
            throws IOException {
        Path pack = Files.write(packs.resolve(name), bytes);

        CliRun run = answerWith(packs);

        assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
        assertEquals(List.of("aspire: " + pack + error), run.errLines(), run.toString());
        assertEquals("", run.out());
    }

    static Stream<Arguments> samePackOtherwiseSaved() {
        return Stream.of(
                Arguments.of("UTF-8 with a byte-order mark",
                        concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(CLOSES))),
                Arguments.of("UTF-16 little-endian with a byte-order mark",
                        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, CLOSES.getBytes(StandardCharsets.UTF_16LE))),
                Arguments.of("UTF-16 big-endian with a byte-order mark",
                        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, CLOSES.getBytes(StandardCharsets.UTF_16BE))),
                Arguments.of("Windows line endings", utf8(CLOSES.replace("\n", "\r\n"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samePackOtherwiseSaved")
    void aPackSavedDifferentlyWorksTheSame(String what, byte[] bytes, @TempDir Path plain) throws IOException {
        Files.writeString(plain.resolve("closes.yaml"), CLOSES);
        Files.write(packs.resolve("closes.yaml"), bytes);

        CliRun expected = answerWith(plain);
        CliRun run = answerWith(packs);

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(expected.out().contains("took shape."), "the pack's close is used:\n" + expected.out());
        assertEquals(expected.out(), run.out());
    }

    @Test
    void aMissingPackDirectoryOrAFileInsteadOfOneIsNamed() throws IOException {
        Path file = Files.writeString(packs.resolve("closes.yaml"), CLOSES);

        CliRun missing = answerWith(packs.resolve("nowhere"));
        CliRun notADirectory = answerWith(file);

        assertEquals(ExitCode.USAGE, missing.exitCode());
        assertEquals(List.of("aspire: " + packs.resolve("nowhere") + ": no such directory; --packs takes a directory"
                + " of .yaml or .json pack files"), missing.errLines());
        assertEquals(ExitCode.USAGE, notADirectory.exitCode());
        assertEquals(List.of("aspire: " + file + ": is a file, not a directory; --packs takes a directory of .yaml or"
                + " .json pack files"), notADirectory.errLines());
    }

    @Test
    void aFolderNamedLikeAPackIsNotAPackAndIsPassedOver() throws IOException {
        Files.createDirectories(packs.resolve("folder.yaml"));
        Files.writeString(packs.resolve("closes.yaml"), CLOSES);

        CliRun run = answerWith(packs);

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("took shape."), run.out());
    }

    @Test
    void aLinkLeadingOutOfThePackDirectoryIsRefused(@TempDir Path elsewhere) throws IOException {
        Path secret = Files.writeString(elsewhere.resolve("notes.yaml"), "password: hunter2\n");
        Path link = Files.createSymbolicLink(packs.resolve("pack.yaml"), secret);

        CliRun run = answerWith(packs);

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals(List.of("aspire: " + link + ": is a link to " + secret.toRealPath() + ", outside the pack"
                + " directory; packs are read only from inside their directory, so copy the file in or remove the"
                + " link"), run.errLines());
        assertTrue(!run.err().contains("hunter2"));
        Files.delete(link);
    }

    @Test
    void anArchetypeClashingWithABuiltInOneNamesThePack() throws IOException {
        Path pack = Files.writeString(packs.resolve("clash.yaml"), ARCHETYPE.replace("quiet-builder",
                "skills-application"));

        CliRun run = CliRun.in(home, "--packs", packs.toString(), "list", "archetypes");

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals(List.of("aspire: duplicate archetype id 'skills-application': defined in the built-in catalogue"
                + " and again in template pack " + pack), run.errLines());
    }

    @Test
    void aPacksArchetypeWithAccentsEmojiAndHebrewIsListedAsWritten() throws IOException {
        Files.writeString(packs.resolve("builder.yaml"), ARCHETYPE.replace("Quiet builder", "Bâtisseur 🧱 בונה שקט"));

        CliRun run = CliRun.in(home, "--packs", packs.toString(), "list", "archetypes");

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("quiet-builder") && run.out().contains("Bâtisseur 🧱 בונה שקט"), run.out());
    }
}
