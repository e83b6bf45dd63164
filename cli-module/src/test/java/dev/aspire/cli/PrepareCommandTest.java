package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aspire.core.AspirationKind;
import dev.aspire.core.CandidateProfile;
import dev.aspire.data.DataFiles;
import dev.aspire.data.ProfileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrepareCommandTest {
    @TempDir
    Path folder;

    private Path profileFile() {
        return folder.resolve("profile.yaml");
    }

    @Test
    void pipedRepliesWriteAProfileAndShowAFirstAnswer() {
        CliRun run = CliRun.run(folder, Replies.EXERCISE, "prepare", "--out", profileFile().toString());

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        CandidateProfile profile = new ProfileReader(new DataFiles()).read(profileFile());
        assertEquals(AspirationKind.SKILL, profile.aspiration().kind());
        assertEquals("food and drink", profile.aspiration().theme());
        assertEquals(List.of("the role turns customer insight into campaigns",
                "Cacao & Co grows its marketing people from within"), profile.reasons());
        assertTrue(run.out().startsWith("Profile saved to " + profileFile() + "."), run.out());
        assertTrue(run.out().replaceAll("\\s+", " ").contains("As Marketing Assistant at Cacao & Co I will grow towards "
                + "marketing manager (career-aspirations/hiring-manager)"), run.out());
        assertTrue(run.out().contains("\n    aspire practice --profile " + profileFile() + "\n"), run.out());
    }

    @Test
    void theQuestionsGoToStderrSoStdoutIsOnlyTheResult() {
        CliRun run = CliRun.run(folder, Replies.EXERCISE, "prepare", "--out", profileFile().toString());

        assertTrue(run.err().contains("Step 1 of 5: what you bring"), run.err());
        assertTrue(run.err().contains("\nSkill 1: upselling\n"), run.err());
        assertTrue(run.err().contains("From what you wrote, an industry aspiration suits you"), run.err());
        assertFalse(run.out().contains("Skill 1"), run.out());
    }

    @Test
    void aReplyThatBreaksARuleIsAskedAgain() {
        String replies = Replies.EXERCISE.replace("upselling\n", "upselling\nupselling\n");

        CliRun run = CliRun.run(folder, replies, "prepare", "--out", profileFile().toString());

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(run.err().contains("  ! Skill 2: 'upselling' is listed twice; list different ones"), run.err());
    }

    @Test
    void anExistingProfileIsKeptAndNoQuestionIsAsked() throws IOException {
        Files.writeString(profileFile(), "mine");

        CliRun run = CliRun.run(folder, Replies.EXERCISE, "prepare", "--out", profileFile().toString());

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals(List.of("aspire: " + profileFile() + " already exists; pass --force to replace it, or choose "
                + "another file with --out"), run.errLines());
        assertEquals("mine", Files.readString(profileFile()));
    }

    @Test
    void forceReplacesAnExistingProfile() throws IOException {
        Files.writeString(profileFile(), "mine");

        CliRun run = CliRun.run(folder, Replies.EXERCISE, "prepare", "--out", profileFile().toString(), "--force");

        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(Files.readString(profileFile()).contains("company: Cacao & Co"));
    }

    @Test
    void inputEndingHalfwayIsAnErrorAndWritesNothing() {
        String half = Replies.EXERCISE.substring(0, Replies.EXERCISE.indexOf("food and drink"));

        CliRun run = CliRun.run(folder, half, "prepare", "--out", profileFile().toString());

        assertEquals(ExitCode.USAGE, run.exitCode());
        String last = run.errLines().get(run.errLines().size() - 1);
        assertEquals("aspire: the input ended during the exercise, at 'Passion 1'; nothing was written. Give an "
                + "answer to every question, one per line", last);
        assertFalse(Files.exists(profileFile()));
    }

    @Test
    void aMissingFolderIsReportedBeforeTheQuestions() {
        Path nowhere = folder.resolve("no-such-folder").resolve("profile.yaml");

        CliRun run = CliRun.run(folder, Replies.EXERCISE, "prepare", "--out", nowhere.toString());

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("does not exist"), run.err());
    }
}
