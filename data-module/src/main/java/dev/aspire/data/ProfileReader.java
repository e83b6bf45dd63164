package dev.aspire.data;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.CandidateProfile;
import dev.aspire.core.ProfileProblem;
import dev.aspire.core.ProfileValidator;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Reads a candidate profile from a YAML or JSON file and checks it against the exercise's rules. */
public final class ProfileReader {
    private final DataFiles dataFiles;

    @Inject
    public ProfileReader(DataFiles dataFiles) {
        this.dataFiles = requireNonNull(dataFiles, "dataFiles is null");
    }

    /** The valid profile in {@code file}; otherwise a one-line error naming the file and every field at fault. */
    public CandidateProfile read(Path file) {
        return requireValid(file.toString(), dataFiles.read(file, CandidateProfile.class));
    }

    public CandidateProfile parse(String source, String text) {
        return requireValid(source, dataFiles.parse(source, text, CandidateProfile.class));
    }

    private static CandidateProfile requireValid(String source, CandidateProfile profile) {
        List<ProfileProblem> problems = ProfileValidator.problems(profile);
        if (!problems.isEmpty()) {
            throw new DataFileException(source + ": " + problems.stream()
                    .map(ProfileProblem::toString)
                    .collect(Collectors.joining("; ")));
        }
        return profile;
    }
}
