package dev.aspire.templates;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import dev.aspire.core.CandidateProfile;
import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.answer.AnswerComposer;
import dev.aspire.data.AspireSettings;
import dev.aspire.data.DataModule;
import dev.aspire.data.ProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The real modules, wired as the application wires them, with the user's home in a test directory. */
final class Fixtures {
    static final Path EXAMPLES = Path.of("..", "examples");

    private Fixtures() {
    }

    static Injector injector(Path home, List<Path> packDirectories, Module... extra) {
        AspireSettings settings = new AspireSettings(home, packDirectories, List.of());
        List<Module> modules = new ArrayList<>(List.of(new DataModule(settings), new TemplatesModule()));
        modules.addAll(List.of(extra));
        modules.add(new AbstractModule() {
            @Override
            protected void configure() {
                binder().requireExplicitBindings();
                binder().requireAtInjectOnConstructors();
                binder().disableCircularProxies();
            }
        });
        return Guice.createInjector(Stage.PRODUCTION, modules);
    }

    static AnswerComposer composer(Injector injector) {
        return injector.getInstance(AnswerComposer.class);
    }

    static DomainCatalogue catalogue(Injector injector) {
        return injector.getInstance(DomainCatalogue.class);
    }

    static CandidateProfile profile(Injector injector, Path file) {
        return injector.getInstance(ProfileReader.class).read(file);
    }

    static List<Path> sampleProfiles() {
        try (Stream<Path> files = Files.list(EXAMPLES.resolve("profiles"))) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
