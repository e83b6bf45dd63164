package dev.aspire.cli;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * Reads, on the main thread, the annotations that Guice reads as it builds the graph on its own thread.
 *
 * <p>The first time the JVM reads an annotation of a given type, it generates a proxy class for that type,
 * which takes a few milliseconds while the JVM is still cold. Building the graph reads about a dozen such types
 * one after another ({@code @Inject}, {@code @Singleton}, the meta-annotations that mark them as scopes and
 * qualifiers, and {@code @Retention}, {@code @Target} and {@code @Documented} on all of them), which made it
 * the longest single part of the graph thread's work. The main thread has nothing else to do at that moment,
 * so it reads them first and the graph thread finds the classes made. Reading an annotation has no other
 * effect; if Guice someday reads other types, this only stops saving time.
 */
final class InjectionAnnotations {
    private InjectionAnnotations() {
    }

    static void readAhead() {
        Inject.class.getAnnotations(); // @Retention, @Target, @Documented
        Singleton.class.getAnnotations(); // @Scope
        Named.class.getAnnotations(); // @Qualifier
        com.google.inject.Singleton.class.getAnnotations(); // @ScopeAnnotation
        com.google.inject.name.Named.class.getAnnotations(); // @BindingAnnotation
        Marked.class.getAnnotations(); // @Singleton
        Marked.class.getDeclaredConstructors()[0].getAnnotations(); // @Inject
    }

    /** A class with the two annotations that the application's own classes carry. */
    @Singleton
    private static final class Marked {
        @Inject
        Marked() {
        }
    }
}
