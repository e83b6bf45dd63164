package dev.aspire.plugins;

import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * The class loader of one plugin jar. The plugin sees the extension API (all of {@code aspire-core}, and the
 * Jackson annotations its model carries) from Aspire's own loader, the JDK, and its own jar; nothing else of
 * Aspire. So a plugin cannot come to depend on Aspire's internals, and the libraries it bundles cannot clash
 * with Aspire's. The API types are shared, which is what lets Aspire call the plugin through them.
 */
final class PluginClassLoader extends URLClassLoader {
    private static final List<String> API_PACKAGES = List.of("dev.aspire.core.", "com.fasterxml.jackson.annotation.");

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader aspire;

    PluginClassLoader(Path jar, ClassLoader aspire) {
        super(jar.getFileName().toString(), new URL[] {url(jar)}, ClassLoader.getPlatformClassLoader());
        this.aspire = aspire;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        for (String api : API_PACKAGES) {
            if (name.startsWith(api)) {
                return aspire.loadClass(name);
            }
        }
        return super.loadClass(name, resolve);
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
