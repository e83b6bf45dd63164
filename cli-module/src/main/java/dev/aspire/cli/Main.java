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
    /**
     * Picocli's default factory looks for Groovy's closure class when it is first used, so that annotations
     * may hold closures. Aspire has neither Groovy nor annotations on its commands, and the failed look-up
     * searched the whole 4,700-entry jar, about 15 ms at the start of every run.
     */
    static final String DISABLE_CLOSURES = "picocli.disable.closures";

    private Main() {
    }

    public static void main(String[] args) {
        configurePicocli();
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, false, StandardCharsets.UTF_8);
        System.exit(new AspireCli(System.in, System.console() != null, out, err, System.getenv(), List.of()).run(args));
    }

    /**
     * Leaves out picocli's converters for types no option has and its search for Groovy (see above), unless
     * the caller chose otherwise.
     */
    static void configurePicocli() {
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", UNUSED_CONVERTERS);
        }
        if (System.getProperty(DISABLE_CLOSURES) == null) {
            System.setProperty(DISABLE_CLOSURES, "true");
        }
    }
}
