package dev.aspire.templates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.aspire.core.AnswerArchetype;
import dev.aspire.core.CandidateProfile;
import dev.aspire.core.CatalogueContribution;
import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.InterviewerRole;
import dev.aspire.core.QuestionVariant;
import dev.aspire.core.answer.AnswerRequest;
import dev.aspire.core.answer.ComposedAnswer;
import dev.aspire.data.AspireSettings;
import dev.aspire.data.DataFileException;
import dev.aspire.data.DataFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * The pack loader on arbitrary bytes, as a YAML and as a JSON pack file in a {@code --packs} directory, read
 * and used the way a run does: the pack is checked, its archetypes join the catalogue, and answers are written
 * with it. A pack is either used or refused with a one-line {@link DataFileException}; anything else is a bug.
 * The seeds in {@code PackFuzzTestInputs} run with every build; see "Fuzzing" in the README for a longer run.
 */
class PackFuzzTest {
    private static final Path DIRECTORY = temporaryDirectory();
    private static final PackReader READER = new PackReader(new DataFiles());
    private static final DomainCatalogue BUILT_IN = Fixtures.catalogue(
            Fixtures.injector(Path.of("/nonexistent/aspire-fuzz-home"), List.of()));
    private static final CandidateProfile PROFILE = new ProfileBuilder().mission("clean water").build();

    @FuzzTest
    void packYaml(byte[] bytes) {
        useOrRefuse("pack.yaml", bytes);
    }

    @FuzzTest
    void packJson(byte[] bytes) {
        useOrRefuse("pack.json", bytes);
    }

    private static void useOrRefuse(String name, byte[] bytes) {
        try {
            Files.write(DIRECTORY.resolve(name), bytes);
            TemplatePacks packs = new TemplatePacks(
                    new AspireSettings(Path.of("/nonexistent/aspire-fuzz-home"), List.of(DIRECTORY), List.of()),
                    READER, Set.of());
            DomainCatalogue catalogue = merge(new PackArchetypes(packs));
            TemplateComposer composer = new TemplateComposer(catalogue, packs);
            // One answer per input keeps the fuzzer fast; the input's length varies which one it is.
            List<AnswerArchetype> archetypes = catalogue.archetypes().all();
            QuestionVariant question = catalogue.questionVariants().all().get(bytes.length % 4);
            InterviewerRole interviewer = catalogue.interviewerRoles().all().get(bytes.length % 6);
            AnswerArchetype archetype = archetypes.get(archetypes.size() - 1 - bytes.length % 2);
            ComposedAnswer answer = composer.compose(
                    new AnswerRequest(PROFILE, question, interviewer, Optional.of(archetype), bytes.length % 3));
            assertTrue(answer.text().chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t'),
                    () -> "no control character reaches an answer: " + answer.text());
            composer.recommend(PROFILE);
        } catch (DataFileException e) {
            String message = e.getMessage();
            assertTrue(message.contains(name), () -> "the message names the pack: " + message);
            assertFalse(message.contains("\n") || message.contains("\r"), () -> "the message is one line: " + message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(DIRECTORY.resolve(name));
        }
    }

    /** As the application merges the catalogue: an id defined twice is the pack author's to fix. */
    private static DomainCatalogue merge(CatalogueContribution pack) {
        CatalogueContribution builtIn = new CatalogueContribution() {
            @Override
            public String source() {
                return "the built-in catalogue";
            }

            @Override
            public List<AnswerArchetype> archetypes() {
                return BUILT_IN.archetypes().all();
            }

            @Override
            public List<QuestionVariant> questionVariants() {
                return BUILT_IN.questionVariants().all();
            }

            @Override
            public List<InterviewerRole> interviewerRoles() {
                return BUILT_IN.interviewerRoles().all();
            }
        };
        try {
            return DomainCatalogue.merge(List.of(builtIn, pack));
        } catch (IllegalArgumentException e) {
            throw new DataFileException(e.getMessage(), e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            Path directory = Files.createTempDirectory("aspire-pack-fuzz");
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The next input overwrites it anyway.
        }
    }
}
