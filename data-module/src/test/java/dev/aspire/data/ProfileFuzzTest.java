package dev.aspire.data;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.aspire.core.CandidateProfile;
import dev.aspire.core.ProfileValidator;

/**
 * The profile loader on arbitrary bytes, as YAML and as JSON. With every build the seeds in
 * {@code ProfileFuzzTestInputs} run as regression tests; with {@code JAZZER_FUZZ=1} Jazzer explores further
 * (see "Fuzzing" in the README). A profile is either read and valid, or refused with a {@link DataFileException}
 * whose message is one line that names the file; any other outcome is a bug.
 */
class ProfileFuzzTest {
    private static final ProfileReader READER = new ProfileReader(new DataFiles());

    @FuzzTest
    void profileYaml(byte[] bytes) {
        readOrRefuse("fuzz.yaml", bytes);
    }

    @FuzzTest
    void profileJson(byte[] bytes) {
        readOrRefuse("fuzz.json", bytes);
    }

    private static void readOrRefuse(String name, byte[] bytes) {
        try {
            // The same steps as reading a file: the size limit, decoding, parsing, validation.
            if (bytes.length > TextFiles.DEFAULT_MAX_BYTES) {
                return;
            }
            CandidateProfile profile = READER.parse(name, TextFiles.decode(name, bytes));
            assertTrue(ProfileValidator.problems(profile).isEmpty(), "a profile read is a valid profile");
        } catch (DataFileException e) {
            String message = e.getMessage();
            assertTrue(message.startsWith(name + ":"), () -> "the message names the file: " + message);
            assertFalse(message.contains("\n") || message.contains("\r"), () -> "the message is one line: " + message);
        }
    }
}
