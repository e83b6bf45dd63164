package dev.aspire.plugins;

import dev.aspire.core.plugin.AspirePlugin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** Builds a plugin jar in a test, from compiled test classes and resources, as a plugin's build would. */
final class JarBuilder {
    private final Map<String, byte[]> entries = new TreeMap<>();
    private final List<String> providers = new ArrayList<>();

    /** Names {@code type} in the jar's services file and adds its class files. */
    JarBuilder plugin(Class<? extends AspirePlugin> type) {
        providers.add(type.getName());
        return classes(type);
    }

    /** Names a provider in the services file without adding any class, as a mistyped entry would. */
    JarBuilder provider(String className) {
        providers.add(className);
        return this;
    }

    /** Adds the class files of each type and of the classes nested in it. */
    JarBuilder classes(Class<?>... types) {
        for (Class<?> type : types) {
            Path file = classFile(type);
            String prefix = type.getSimpleName();
            try (Stream<Path> siblings = Files.list(file.getParent())) {
                for (Path sibling : siblings.toList()) {
                    String name = sibling.getFileName().toString();
                    if (name.equals(prefix + ".class") || name.startsWith(prefix + "$")) {
                        entries.put(type.getPackageName().replace('.', '/') + "/" + name, Files.readAllBytes(sibling));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }

    /** Adds a resource of the test class path under the same name. */
    JarBuilder resource(String name) {
        try (InputStream in = JarBuilder.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            entries.put(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Path writeTo(Path jar) {
        try {
            Files.createDirectories(jar.getParent());
            try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
                if (!providers.isEmpty()) {
                    put(out, "META-INF/services/" + AspirePlugin.class.getName(),
                            (String.join("\n", providers) + "\n").getBytes(StandardCharsets.UTF_8));
                }
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    put(out, entry.getKey(), entry.getValue());
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    private static Path classFile(Class<?> type) {
        try {
            return Path.of(type.getResource(type.getSimpleName() + ".class").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
