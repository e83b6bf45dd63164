package dev.aspire.data;

/**
 * Reads the built-in catalogue on the calling thread before the object graph asks for it. A command line
 * whose graph is built on another thread calls this from a thread that would otherwise wait for that graph;
 * the graph's catalogue then finds the built-in entries read.
 */
public final class CatalogueReadAhead {
    private CatalogueReadAhead() {
    }

    /** Reads the built-in catalogue's image, once per JVM; a failure is left for the graph to meet and report. */
    public static void run() {
        try {
            BuiltInCatalogue.shippedImage();
        } catch (RuntimeException e) {
            // The graph reads the image again when the command asks for the catalogue, and reports the failure.
        }
    }
}
