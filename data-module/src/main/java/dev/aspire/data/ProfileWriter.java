package dev.aspire.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.aspire.core.Aspiration;
import dev.aspire.core.CandidateProfile;
import dev.aspire.core.ProfileValidator;
import dev.aspire.core.TargetJob;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a candidate profile as the YAML that {@link ProfileReader} reads: fields in the order of the
 * exercise, optional ones left out when empty, so the file reads like one a person wrote.
 */
public final class ProfileWriter {
    private static final String HEADER = "# A candidate profile written by 'aspire prepare'. Edit it freely: "
            + "aspire checks it each time it reads it.\n";

    private final ObjectMapper yaml = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            // A skill such as "1990" must come back as text, not as a number.
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());

    @Inject
    public ProfileWriter() {
    }

    /** The profile as YAML; the profile must be valid. */
    public String toYaml(CandidateProfile profile) {
        ProfileValidator.requireValid(profile);
        try {
            return HEADER + yaml.writeValueAsString(tree(profile));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the profile to {@code file} atomically; an existing file is replaced only when asked. */
    public void write(Path file, CandidateProfile profile, boolean replaceExisting) {
        AtomicFiles.write(file, toYaml(profile), replaceExisting);
    }

    private static Map<String, Object> tree(CandidateProfile profile) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("background", profile.background());
        root.put("skills", profile.skills());
        root.put("passions", profile.passions());
        root.put("aspiration", aspiration(profile.aspiration()));
        root.put("job", job(profile.job()));
        root.put("reasons", profile.reasons());
        return root;
    }

    private static Map<String, Object> aspiration(Aspiration aspiration) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("kind", aspiration.kind().id());
        node.put("goal", aspiration.goal());
        node.put("horizonYears", aspiration.horizonYears());
        if (aspiration.hasTheme()) {
            node.put("theme", aspiration.theme());
        }
        return node;
    }

    private static Map<String, Object> job(TargetJob job) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("title", job.title());
        node.put("company", job.company());
        node.put("industry", job.industry());
        if (job.hasMission()) {
            node.put("mission", job.mission());
        }
        return node;
    }
}
