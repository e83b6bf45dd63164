package dev.aspire.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aspire.core.Aspiration;
import dev.aspire.core.AspirationKind;
import dev.aspire.core.CandidateProfile;
import dev.aspire.core.InvalidProfileException;
import dev.aspire.core.TargetJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileWriterTest {
    private final ProfileWriter writer = new ProfileWriter();
    private final ProfileReader reader = new ProfileReader(new DataFiles());

    @TempDir
    Path folder;

    @Test
    void aWrittenProfileReadsBackUnchanged() {
        CandidateProfile profile = profile("Ten years serving tables", List.of("upselling", "menus", "rotas"),
                new TargetJob("Marketing Assistant", "Cacao & Co", "confectionery", "fine chocolate for all"));

        Path file = folder.resolve("profile.yaml");
        writer.write(file, profile, false);

        assertEquals(profile, reader.read(file));
    }

    @Test
    void valuesThatLookLikeOtherYamlTypesStayText() {
        CandidateProfile profile = profile("yes", List.of("1990", "true", "null", "- dash", "a: b # c"),
                new TargetJob("No", "3.50", "~", ""));

        assertEquals(profile, reader.parse("profile.yaml", writer.toYaml(profile)));
    }

    @Test
    void emptyOptionalFieldsAreLeftOut() {
        String yaml = writer.toYaml(profile("Nurse", List.of("triage", "calm", "records"),
                new TargetJob("Programme Officer", "Safe Routes", "charity", "")));

        assertFalse(yaml.contains("mission"), yaml);
        assertFalse(yaml.contains("theme"), yaml);
        assertTrue(yaml.startsWith("# A candidate profile written by 'aspire prepare'"), yaml);
    }

    @Test
    void anInvalidProfileIsNotWritten() {
        CandidateProfile twoSkills = profile("Nurse", List.of("triage", "calm"),
                new TargetJob("Programme Officer", "Safe Routes", "charity", ""));
        Path file = folder.resolve("profile.yaml");

        assertThrows(InvalidProfileException.class, () -> writer.write(file, twoSkills, false));
        assertFalse(Files.exists(file));
    }

    private static CandidateProfile profile(String background, List<String> skills, TargetJob job) {
        return new CandidateProfile(background, skills, List.of("food", "teaching", "stories"),
                new Aspiration(AspirationKind.SKILL, "marketing manager", 10, ""), job,
                List.of("the role turns customer insight into campaigns"));
    }
}
