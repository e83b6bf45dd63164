package dev.aspire.data;

import dev.aspire.core.AnswerArchetype;
import dev.aspire.core.CatalogueContribution;
import dev.aspire.core.InterviewerRole;
import dev.aspire.core.QuestionVariant;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue shipped with Aspire, written in {@code catalogue.yaml} and read from the {@link CatalogueImage}
 * the build prepares from it. A class path without the image (classes compiled by an IDE alone, say) gets the
 * same catalogue from the YAML, only more slowly.
 */
final class BuiltInCatalogue implements CatalogueContribution {
    static final String RESOURCE = "catalogue.yaml";

    private final CatalogueFile file;

    @Inject
    BuiltInCatalogue(DataFiles dataFiles) {
        this.file = readImage().orElseGet(
                () -> dataFiles.readResource(BuiltInCatalogue.class, RESOURCE, CatalogueFile.class));
    }

    private static Optional<CatalogueFile> readImage() {
        try (InputStream image = BuiltInCatalogue.class.getResourceAsStream(CatalogueImage.RESOURCE)) {
            if (image == null) {
                return Optional.empty();
            }
            return Optional.of(CatalogueImage.read(new DataInputStream(new BufferedInputStream(image))));
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in catalogue image is damaged; rebuild Aspire", e);
        }
    }

    @Override
    public String source() {
        return "the built-in catalogue";
    }

    @Override
    public List<AnswerArchetype> archetypes() {
        return file.archetypes();
    }

    @Override
    public List<QuestionVariant> questionVariants() {
        return file.questionVariants();
    }

    @Override
    public List<InterviewerRole> interviewerRoles() {
        return file.interviewerRoles();
    }
}
