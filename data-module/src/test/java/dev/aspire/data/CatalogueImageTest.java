package dev.aspire.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aspire.core.CatalogueContribution;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The prepared image the build ships must say exactly what catalogue.yaml says. */
class CatalogueImageTest {
    private final CatalogueFile yaml = new DataFiles()
            .readResource(BuiltInCatalogue.class, BuiltInCatalogue.RESOURCE, CatalogueFile.class);

    @Test
    void theBuildShipsAnImageThatMatchesTheYaml() throws IOException {
        try (InputStream image = BuiltInCatalogue.class.getResourceAsStream(CatalogueImage.RESOURCE)) {
            assertNotNull(image, "the build did not write " + CatalogueImage.RESOURCE + " (exec-maven-plugin step)");
            assertEquals(yaml, CatalogueImage.read(new DataInputStream(image)));
        }
    }

    @Test
    void theBuiltInCatalogueHoldsWhatTheYamlHolds() {
        CatalogueContribution builtIn = new BuiltInCatalogue(new DataFiles());

        assertEquals(yaml.questionVariants(), builtIn.questionVariants());
        assertEquals(yaml.interviewerRoles(), builtIn.interviewerRoles());
        assertEquals(yaml.archetypes(), builtIn.archetypes());
    }

    @Test
    void anImageOfAnotherLayoutIsRefusedRatherThanMisread() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CatalogueImage.write(yaml, new DataOutputStream(bytes));
        byte[] image = bytes.toByteArray();
        image[7]++; // the layout's version number

        assertThrows(IOException.class,
                () -> CatalogueImage.read(new DataInputStream(new ByteArrayInputStream(image))));
    }
}
