package dev.aspire.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import dev.aspire.core.CandidateProfile;
import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.answer.AnswerComposer;
import dev.aspire.core.answer.AnswerRequest;
import dev.aspire.core.plugin.ArchetypeSignal;
import dev.aspire.core.plugin.RedFlagDetector;
import dev.aspire.core.plugin.ScoringCriterion;
import dev.aspire.core.scoring.AnswerScorer;
import dev.aspire.core.scoring.RedFlag;
import dev.aspire.core.scoring.ScoringRequest;
import dev.aspire.data.AspireSettings;
import dev.aspire.data.DataFileException;
import dev.aspire.data.ProfileReader;
import dev.aspire.plugins.fixtures.BadIdPlugin;
import dev.aspire.plugins.fixtures.BrokenFactoryPlugin;
import dev.aspire.plugins.fixtures.BrokenPackPlugin;
import dev.aspire.plugins.fixtures.BuiltInClashPlugin;
import dev.aspire.plugins.fixtures.CriterionClashPlugin;
import dev.aspire.plugins.fixtures.FlagClashPlugin;
import dev.aspire.plugins.fixtures.FixedScorerPlugin;
import dev.aspire.plugins.fixtures.NeedsHelperPlugin;
import dev.aspire.plugins.fixtures.PackClashPlugin;
import dev.aspire.plugins.fixtures.PeekingPlugin;
import dev.aspire.plugins.fixtures.SecondScorerPlugin;
import dev.aspire.plugins.fixtures.ThrowingPlugin;
import dev.aspire.plugins.fixtures.WhyUsPlugin;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding plugins in jars and on the class path, and what happens to each kind of faulty plugin. */
class PluginsTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path home;

    @TempDir
    Path folder;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void aJarInTheUsersPluginDirectoryAddsEverythingItDeclares() {
        whyUsJar(home.resolve("plugins").resolve("why-us.jar"));

        PluginModule plugins = load();
        Injector injector = Graph.of(settings(), plugins);

        assertEquals(List.of(), warnings);
        assertEquals(List.of("why-us"), plugins.pluginIds());
        DomainCatalogue catalogue = injector.getInstance(DomainCatalogue.class);
        assertTrue(catalogue.archetypes().contains("plain-spoken"));
        assertTrue(catalogue.questionVariants().contains("why-us"));
        assertTrue(catalogue.interviewerRoles().contains("panel-chair"));
        assertEquals(List.of("names-a-number"),
                Graph.set(injector, ScoringCriterion.class).stream().map(ScoringCriterion::id).toList());
        assertEquals(List.of("EXCLAMATIONS"), Graph.set(injector, RedFlagDetector.class).stream()
                .flatMap(detector -> detector.kinds().stream()).map(kind -> kind.code()).toList());
        assertEquals(List.of("plain-spoken"),
                Graph.set(injector, ArchetypeSignal.class).stream().map(ArchetypeSignal::archetype).toList());
    }

    @Test
    void aPluginsPackWritesAnswersForItsArchetypeAndItsQuestion() {
        whyUsJar(home.resolve("plugins").resolve("why-us.jar"));
        Injector injector = Graph.of(settings(), load());
        DomainCatalogue catalogue = injector.getInstance(DomainCatalogue.class);
        CandidateProfile profile = injector.getInstance(ProfileReader.class)
                .read(EXAMPLES.resolve("profiles").resolve("restaurant-server.yaml"));

        String answer = injector.getInstance(AnswerComposer.class).compose(new AnswerRequest(profile,
                catalogue.questionVariants().require("why-us"), catalogue.interviewerRoles().require("panel-chair"),
                catalogue.archetypes().find("plain-spoken"), 0)).text();

        assertTrue(answer.startsWith("I want to work at Cacao & Co because I want to become a marketing manager"),
                answer);
        assertTrue(answer.contains("To put it plainly: Ten years as a restaurant server"), answer);
    }

    @Test
    void theScorersContributionsKeepToTheirContract() {
        whyUsJar(home.resolve("plugins").resolve("why-us.jar"));
        Injector injector = Graph.of(settings(), load());
        ScoringRequest request = ScoringRequest.of("In 2019 I led a team of 6! Plainly put: I want this! Yes, plainly.");

        ScoringCriterion criterion = Graph.set(injector, ScoringCriterion.class).get(0);
        List<RedFlag> flags = Graph.set(injector, RedFlagDetector.class).get(0).detect(request);

        assertEquals(5, criterion.score(request).points());
        assertEquals("2", criterion.score(request).evidence().get(0).text());
        String text = request.text();
        assertEquals(List.of(text.indexOf('!'), text.lastIndexOf('!')),
                flags.stream().map(flag -> flag.span().start()).toList());
        assertEquals(1, Graph.set(injector, ArchetypeSignal.class).get(0).find(request).size());
    }

    @Test
    void eachFaultyPluginIsOneWarningNamingItAndTheOthersStillLoad() {
        Path directory = folder.resolve("plugins");
        Path throwing = new JarBuilder().plugin(ThrowingPlugin.class).writeTo(directory.resolve("a-throwing.jar"));
        Path needsHelper = new JarBuilder().plugin(NeedsHelperPlugin.class).writeTo(directory.resolve("b-helper.jar"));
        Path missing = new JarBuilder().provider("com.example.Missing").writeTo(directory.resolve("c-missing.jar"));
        Path clash = new JarBuilder().plugin(BuiltInClashPlugin.class).writeTo(directory.resolve("d-clash.jar"));
        Path badId = new JarBuilder().plugin(BadIdPlugin.class).writeTo(directory.resolve("e-bad-id.jar"));
        whyUsJar(directory.resolve("f-why-us.jar"));

        PluginModule plugins = load(directory);

        assertEquals(List.of(
                "plugin dev.aspire.plugins.fixtures.ThrowingPlugin (" + throwing + ") skipped: its constructor failed:"
                        + " IllegalStateException: no licence key in ~/.licence",
                "plugin dev.aspire.plugins.fixtures.NeedsHelperPlugin (" + needsHelper + ") skipped: it needs class"
                        + " dev.aspire.plugins.fixtures.LonelyHelper, which is not in the jar; bundle the plugin's"
                        + " libraries into its jar",
                "plugin com.example.Missing (" + missing + ") skipped: its class is not in the jar; check the name in"
                        + " META-INF/services/dev.aspire.core.plugin.AspirePlugin",
                "plugin dev.aspire.plugins.fixtures.BadIdPlugin (" + badId + ") skipped: its id 'My Plugin' is not"
                        + " valid: use lower-case letters, digits and dashes, starting with a letter",
                "plugin 'clash' (" + clash + ") skipped: archetype 'skills-application' is already defined in the"
                        + " built-in catalogue"), warnings);
        assertEquals(List.of("why-us"), plugins.pluginIds());
        assertEquals(6, Graph.of(settings(directory), plugins).getInstance(DomainCatalogue.class).archetypes().size());
    }

    @Test
    void aPluginMayNotReuseTheIdOfABuiltInCriterionOrTheCodeOfABuiltInRedFlag() {
        // Its criterion would stand twice in a report under one id, or its flag be taken for the built-in one.
        Path directory = folder.resolve("plugins");
        Path criterion = new JarBuilder().plugin(CriterionClashPlugin.class).writeTo(directory.resolve("a.jar"));
        Path flag = new JarBuilder().plugin(FlagClashPlugin.class).writeTo(directory.resolve("b.jar"));
        whyUsJar(directory.resolve("c-why-us.jar"));

        PluginModule plugins = load(directory);

        assertEquals(List.of(
                "plugin 'criterion-clash' (" + criterion + ") skipped: criterion 'evidence' is already contributed by"
                        + " the built-in scorer",
                "plugin 'flag-clash' (" + flag + ") skipped: red-flag code NEGATIVITY is already contributed by the"
                        + " built-in scorer"), warnings);
        assertEquals(List.of("why-us"), plugins.pluginIds());
    }

    @Test
    void aPluginThatClashesWithAUsersPackIsSkippedAndThePackKept() throws IOException {
        Files.createDirectories(home.resolve("packs"));
        Path pack = Files.copy(EXAMPLES.resolve("packs").resolve("community-builder.yaml"),
                home.resolve("packs").resolve("community-builder.yaml"));
        Path jar = new JarBuilder().plugin(PackClashPlugin.class).writeTo(home.resolve("plugins").resolve("clash.jar"));

        PluginModule plugins = load();

        assertEquals(List.of("plugin 'pack-clash' (" + jar + ") skipped: archetype 'community-builder' is already"
                + " defined in template pack " + pack), warnings);
        DomainCatalogue catalogue = Graph.of(settings(), plugins).getInstance(DomainCatalogue.class);
        assertEquals("Community builder", catalogue.archetypes().require("community-builder").name());
    }

    @Test
    void aFileThatIsNotAReadableJarIsOneWarningAndTheOtherPluginsStillLoad() throws IOException {
        Path broken = Files.writeString(Files.createDirectories(home.resolve("plugins")).resolve("broken.jar"),
                "half a download");
        whyUsJar(home.resolve("plugins").resolve("why-us.jar"));

        PluginModule plugins = load();

        assertEquals(List.of("why-us"), plugins.pluginIds());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("plugin in " + broken + " skipped: it is not a readable jar file ("),
                warnings.get(0));
        assertTrue(warnings.get(0).endsWith("); build or download the plugin again"), warnings.get(0));
    }

    @Test
    void ofTwoPluginsWithOneIdTheFirstFoundStays() {
        Path first = whyUsJar(home.resolve("plugins").resolve("why-us.jar"));
        Path directory = folder.resolve("more-plugins");
        Path second = whyUsJar(directory.resolve("why-us-copy.jar"));

        PluginModule plugins = load(directory);

        assertEquals(List.of("why-us"), plugins.pluginIds());
        assertEquals(List.of("plugin 'why-us' (" + second + ") skipped: a plugin with the same id was already loaded"
                + " from " + first), warnings);
    }

    @Test
    void theUsersDirectoryGivenAgainWithThePluginsOptionIsSearchedOnce() {
        whyUsJar(home.resolve("plugins").resolve("why-us.jar"));

        PluginModule plugins = load(home.resolve("plugins"), home.resolve("plugins/../plugins"));

        assertEquals(List.of("why-us"), plugins.pluginIds());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aPluginWithABrokenPackIsSkippedNamingTheFileAndLine() {
        Path jar = new JarBuilder().plugin(BrokenPackPlugin.class).resource("dev/aspire/plugins/fixtures/broken-pack.yaml")
                .writeTo(home.resolve("plugins").resolve("broken.jar"));

        PluginModule plugins = load();

        assertEquals(List.of(), plugins.pluginIds());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("plugin 'broken-pack' (" + jar + ") skipped: " + jar
                + "!/dev/aspire/plugins/fixtures/broken-pack.yaml:6: unknown slot 'compnay'"), warnings.get(0));
    }

    @Test
    void aPluginSeesTheApiButNotAspiresInternals() {
        new JarBuilder().plugin(PeekingPlugin.class).writeTo(home.resolve("plugins").resolve("peeking.jar"));

        assertEquals(List.of("sees-only-the-api"), load().pluginIds());
    }

    @Test
    void aPluginCanReplaceTheScorerAndOnlyOneMay() {
        Path directory = home.resolve("plugins");
        Path fixed = new JarBuilder().plugin(FixedScorerPlugin.class).writeTo(directory.resolve("a-fixed.jar"));
        Path second = new JarBuilder().plugin(SecondScorerPlugin.class).writeTo(directory.resolve("b-second.jar"));

        Injector injector = Graph.of(settings(), load());
        var report = injector.getInstance(AnswerScorer.class).score(ScoringRequest.of("Any answer at all."));

        assertEquals(42, report.score());
        assertEquals("skills-application", report.archetype(), "the factory reads the run's catalogue");
        assertEquals(List.of("plugin 'second-scorer' (" + second + ") skipped: it replaces the scorer, which plugin"
                + " 'fixed-scorer' (" + fixed + ") already replaces"), warnings);
    }

    @Test
    void aFailingFactoryFailsOnlyWhereItsServiceIsNeededAndNamesThePlugin() {
        Path jar = new JarBuilder().plugin(BrokenFactoryPlugin.class).writeTo(home.resolve("plugins").resolve("b.jar"));
        Injector injector = Graph.of(settings(), load());

        assertEquals(5, injector.getInstance(DomainCatalogue.class).archetypes().size());
        ProvisionException e = assertThrows(ProvisionException.class, () -> injector.getInstance(AnswerComposer.class));
        assertTrue(e.getMessage().contains("plugin 'broken-factory' (" + jar + ") could not create its composer:"
                + " IllegalStateException: model file missing"), e.getMessage());
    }

    @Test
    void pluginsOnTheClassPathAreFoundFirst() throws IOException {
        Path classes = folder.resolve("classes");
        Path services = classes.resolve("META-INF/services/dev.aspire.core.plugin.AspirePlugin");
        Files.createDirectories(services.getParent());
        Files.writeString(services, "# the plugin on the class path\n" + WhyUsPlugin.class.getName() + "\n");
        whyUsJar(home.resolve("plugins").resolve("why-us.jar"));

        try (URLClassLoader classPath = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                PluginsTest.class.getClassLoader())) {
            PluginModule plugins = Plugins.load(settings(), classPath, warnings::add);

            assertEquals(List.of("why-us"), plugins.pluginIds());
            assertEquals(1, warnings.size());
            assertTrue(warnings.get(0).endsWith("skipped: a plugin with the same id was already loaded from class path"),
                    warnings.get(0));
        }
    }

    @Test
    void aPluginsDirectoryThatDoesNotExistIsAUserError() {
        Path nowhere = folder.resolve("nowhere");

        DataFileException e = assertThrows(DataFileException.class, () -> load(nowhere));

        assertEquals(nowhere + ": no such directory; --plugins takes a directory that holds plugin .jar files",
                e.getMessage());
    }

    @Test
    void withoutPluginsTheContributionSetsAreThereAndEmpty() {
        PluginModule plugins = load();
        Injector injector = Graph.of(settings(), plugins);

        assertEquals(List.of(), plugins.pluginIds());
        assertEquals(List.of(), Graph.set(injector, ScoringCriterion.class));
        assertEquals(List.of(), Graph.set(injector, RedFlagDetector.class));
        assertEquals(List.of(), Graph.set(injector, ArchetypeSignal.class));
        assertEquals(Optional.empty(), Optional.ofNullable(injector.getExistingBinding(
                com.google.inject.Key.get(AnswerScorer.class))));
    }

    private Path whyUsJar(Path jar) {
        return new JarBuilder().plugin(WhyUsPlugin.class).resource("dev/aspire/plugins/fixtures/plain-spoken.yaml")
                .writeTo(jar);
    }

    private PluginModule load(Path... directories) {
        return Plugins.load(settings(directories), PluginsTest.class.getClassLoader(), warnings::add);
    }

    private AspireSettings settings(Path... directories) {
        return new AspireSettings(home, List.of(), List.of(directories));
    }
}
