package dev.aspire.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The {@code aspire} executable. */
public final class Main {
    /**
     * Picocli registers converters for the java.time and java.sql types by reflection when it starts, which
     * loads and links dozens of JDK classes that no Aspire option uses; excluding them cuts start-up time.
     * {@code ConventionsTest} checks that no option is of such a type.
     */
    static final String UNUSED_CONVERTERS = "java\\.time\\..*,java\\.sql\\..*";

    private Main() {
    }

    public static void main(String[] args) {
        excludeUnusedConverters();
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, false, StandardCharsets.UTF_8);
        System.exit(new AspireCli(System.in, System.console() != null, out, err, System.getenv(), List.of()).run(args));
    }

    /** Leaves out picocli's converters for types no option has (see above), unless the caller chose otherwise. */
    static void excludeUnusedConverters() {
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", UNUSED_CONVERTERS);
        }
    }
}
