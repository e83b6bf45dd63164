package dev.aspire.data;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A build step, run by Maven after compiling this module: reads the built-in {@code catalogue.yaml} from the
 * class path and writes {@link CatalogueImage} next to it in the given classes directory, so that the jar
 * ships both. Not part of the application.
 */
public final class PrepareCatalogueImage {
    private PrepareCatalogueImage() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PrepareCatalogueImage CLASSES_DIRECTORY");
        }
        CatalogueFile catalogue = new DataFiles()
                .readResource(BuiltInCatalogue.class, BuiltInCatalogue.RESOURCE, CatalogueFile.class);
        Path image = Path.of(args[0]).resolve(BuiltInCatalogue.class.getPackageName().replace('.', '/'))
                .resolve(CatalogueImage.RESOURCE);
        Files.createDirectories(image.getParent());
        try (OutputStream file = Files.newOutputStream(image);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(file))) {
            CatalogueImage.write(catalogue, out);
        }
    }
}
