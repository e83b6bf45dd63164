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

    /** The image as read, kept so that it is read once per JVM; null until a thread first asks for it. */
    private static Optional<CatalogueFile> shipped;

    private final CatalogueFile file;

    @Inject
    BuiltInCatalogue(DataFiles dataFiles) {
        this.file = shippedImage().orElseGet(
                () -> dataFiles.readResource(BuiltInCatalogue.class, RESOURCE, CatalogueFile.class));
    }

    /**
     * The image the build prepared, read by whichever thread asks first, or empty when the class path has
     * none. A failure is not kept: the next caller meets it again, so the command reports it.
     */
    static synchronized Optional<CatalogueFile> shippedImage() {
        if (shipped == null) {
            shipped = readImage();
        }
        return shipped;
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
