package dev.aspire.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version that Maven wrote into the jar at build time. Picocli asks for it once per verb while it builds
 * the command line, so it is taken from the jar's manifest, which the JVM has already read to start, and
 * only a run from the class directories (the tests) reads the version file.
 */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"aspire " + (version != null ? version : versionFile())};
    }

    private static String versionFile() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return properties.getProperty("version", "unknown");
    }
}
