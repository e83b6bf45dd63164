package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetCommandTest {
    @TempDir
    Path folder;

    private String profile;

    @BeforeEach
    void prepareAProfile() {
        profile = folder.resolve("profile.yaml").toString();
        assertEquals(ExitCode.OK, CliRun.run(folder, Replies.EXERCISE, "prepare", "--out", profile).exitCode());
    }

    @Test
    void withoutOutTheMarkdownSheetGoesToStdout() {
        CliRun run = CliRun.run(folder, "", "sheet", "--profile", profile);

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("# Prep sheet: Marketing Assistant at Cacao & Co\n"), run.out());
        assertTrue(run.out().contains("## Lead with: Skills application\n\nyour skills carry over to the new field"),
                run.out());
        assertTrue(run.out().contains("### Why Cacao & Co, rather than another employer in confectionery?"), run.out());
        assertTrue(run.out().contains("- `PERKS_FOCUS` (major): pay or perks as the reason"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void anHtmlFileNameGivesAnHtmlPage() throws IOException {
        Path out = folder.resolve("prep.html");

        CliRun run = CliRun.run(folder, "", "sheet", "--profile", profile, "--out", out.toString());

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertEquals("Prep sheet written to " + out + " (html).\n", run.out());
        String html = Files.readString(out);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<h1>Marketing Assistant <span class=\"at\">at Cacao &amp; Co</span></h1>"));
    }

    @Test
    void formatOverridesTheDefaultOnStdout() {
        CliRun run = CliRun.run(folder, "", "sheet", "--profile", profile, "--format", "html");

        assertTrue(run.out().startsWith("<!DOCTYPE html>"), run.out());
    }

    @Test
    void anExistingSheetIsReplacedOnlyWithForce() throws IOException {
        Path out = folder.resolve("prep.md");
        Files.writeString(out, "my notes");

        CliRun refused = CliRun.run(folder, "", "sheet", "--profile", profile, "--out", out.toString());
        assertEquals(ExitCode.USAGE, refused.exitCode());
        assertEquals("my notes", Files.readString(out));

        CliRun forced = CliRun.run(folder, "", "sheet", "--profile", profile, "--out", out.toString(), "--force");
        assertEquals(ExitCode.OK, forced.exitCode(), forced.toString());
        assertTrue(Files.readString(out).startsWith("# Prep sheet"));
    }

    @Test
    void aFormatThatContradictsTheFileNameIsRefused() {
        Path out = folder.resolve("prep.md");

        CliRun run = CliRun.run(folder, "", "sheet", "--profile", profile, "--out", out.toString(), "--format", "html");

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals(List.of("aspire: --format html does not match the file name " + out
                + "; leave out --format or change the file's extension"), run.errLines());
        assertFalse(Files.exists(out));
    }

    @Test
    void anUnknownExtensionAsksForAFormat() {
        CliRun run = CliRun.run(folder, "", "sheet", "--profile", profile, "--out", folder.resolve("prep.txt").toString());

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("end it in .md or .html, or pass --format markdown|html"), run.err());
    }
}
