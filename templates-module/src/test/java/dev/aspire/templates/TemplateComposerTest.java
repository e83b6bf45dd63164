package dev.aspire.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.AbstractModule;
import com.google.inject.Injector;
import com.google.inject.multibindings.Multibinder;
import dev.aspire.core.CandidateProfile;
import dev.aspire.core.CatalogueContribution;
import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.InterviewerRole;
import dev.aspire.core.InvalidProfileException;
import dev.aspire.core.QuestionVariant;
import dev.aspire.core.answer.AnswerComposer;
import dev.aspire.core.answer.AnswerRequest;
import dev.aspire.core.answer.ComposedAnswer;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing answers: the same request always gives the same words, and odd requests still read well. */
class TemplateComposerTest {
    private static final Path PROFILES = Fixtures.EXAMPLES.resolve("profiles");

    @TempDir
    Path home;

    private Injector injector;
    private AnswerComposer composer;
    private DomainCatalogue catalogue;
    private CandidateProfile server;

    @BeforeEach
    void setUp() {
        injector = Fixtures.injector(home, List.of());
        composer = Fixtures.composer(injector);
        catalogue = Fixtures.catalogue(injector);
        server = Fixtures.profile(injector, PROFILES.resolve("restaurant-server.yaml"));
    }

    private AnswerRequest request(CandidateProfile profile, String question, String interviewer, int variant) {
        return new AnswerRequest(profile, catalogue.questionVariants().require(question),
                catalogue.interviewerRoles().require(interviewer), Optional.empty(), variant);
    }

    @Test
    void theSameRequestAlwaysGivesTheSameWords() {
        ComposedAnswer first = composer.compose(request(server, "five-years", "hiring-manager", 0));
        ComposedAnswer again = composer.compose(request(server, "five-years", "hiring-manager", 0));
        Injector another = Fixtures.injector(home, List.of());
        ComposedAnswer elsewhere = Fixtures.composer(another).compose(new AnswerRequest(
                Fixtures.profile(another, PROFILES.resolve("restaurant-server.yaml")),
                Fixtures.catalogue(another).questionVariants().require("five-years"),
                Fixtures.catalogue(another).interviewerRoles().require("hiring-manager"), Optional.empty(), 0));
        assertEquals(first, again);
        assertEquals(first.text(), elsewhere.text());
    }

    @Test
    void aVariantNumberGivesAnotherPhrasingAndTheyCycle() {
        Set<String> texts = new HashSet<>();
        for (int variant = 0; variant < 3; variant++) {
            texts.add(composer.compose(request(server, "career-aspirations", "hiring-manager", variant)).text());
        }
        assertEquals(3, texts.size(), "three phrasings per part give three different answers");
        assertEquals(composer.compose(request(server, "career-aspirations", "hiring-manager", 0)).text(),
                composer.compose(request(server, "career-aspirations", "hiring-manager", 3)).text());
    }

    @Test
    void withoutAnArchetypeTheRecommendedOneIsUsed() {
        ComposedAnswer answer = composer.compose(request(server, "hoping-to-get", "internal-recruiter", 0));
        assertEquals(composer.recommend(server).archetype(), answer.archetype());
    }

    @Test
    void eachSampleProfileGetsTheArchetypeItsStoryPointsTo() {
        assertEquals("skills-application", composer.recommend(server).archetype().id());
        var depot = composer.recommend(Fixtures.profile(injector, PROFILES.resolve("depot-shift-coordinator.yaml")));
        assertEquals("leadership-potential", depot.archetype().id());
        assertEquals("Leadership potential fits best: it suits a leadership aspiration such as yours (operations"
                + " manager), and your profile already points to it with 'coordinator', 'training', 'coaching'.",
                depot.reason());
        var lab = composer.recommend(Fixtures.profile(injector, PROFILES.resolve("lab-technician-transit.yaml")));
        assertEquals("pursuit-of-passion", lab.archetype().id());
        assertTrue(lab.reason().contains("an industry aspiration"), lab.reason());
    }

    @Test
    void anInterviewerAddedByAPluginGetsANeutralAnswer() {
        InterviewerRole panelChair = new InterviewerRole("panel-chair", "The chair of an interview panel",
                "A fair, complete picture of every candidate.", "Be clear and even-handed.");
        QuestionVariant whyUs = new QuestionVariant("why-us", "Why do you want to work here?",
                "Tie the company to your aspiration.");
        Injector withPlugin = Fixtures.injector(home, List.of(), new AbstractModule() {
            @Override
            protected void configure() {
                Multibinder.newSetBinder(binder(), CatalogueContribution.class).addBinding().toInstance(
                        new CatalogueContribution() {
                            @Override
                            public String source() {
                                return "a test plugin";
                            }

                            @Override
                            public List<InterviewerRole> interviewerRoles() {
                                return List.of(panelChair);
                            }

                            @Override
                            public List<QuestionVariant> questionVariants() {
                                return List.of(whyUs);
                            }
                        });
            }
        });
        DomainCatalogue pluginCatalogue = Fixtures.catalogue(withPlugin);
        for (QuestionVariant question : pluginCatalogue.questionVariants().all()) {
            ComposedAnswer answer = Fixtures.composer(withPlugin).compose(
                    new AnswerRequest(server, question, panelChair, Optional.empty(), 0));
            assertTrue(AnswerChecks.problems(answer, server).isEmpty(), AnswerChecks.problems(answer, server)
                    + ": " + answer.text());
        }
    }

    @Test
    void profileValuesThatLookLikePlaceholdersStayAsWritten() {
        CandidateProfile literal = new ProfileBuilder().skills("{company}", "[role|title]", "advising patients").build();
        ComposedAnswer answer = composer.compose(request(literal, "aligns-with-goals", "internal-recruiter", 0));
        assertTrue(answer.text().contains("{company}, [role|title] and advising patients"), answer.text());
        assertTrue(answer.text().contains("Meadow Health"));
    }

    @Test
    void aLongWindedProfileIsTrimmedToWhatCanBeSaidComfortably() {
        CandidateProfile wordy = new ProfileBuilder()
                .background("Eight years as a hospital pharmacist on busy surgical and medical wards, the last three"
                        + " of them leading the evening dispensary team through a move to electronic prescribing")
                .skills("checking complex prescriptions under time pressure", "advising patients and their families",
                        "managing stock across several wards", "training new pharmacy technicians")
                .reasons("the role runs the ward medicines service for the whole hospital and its two community"
                                + " clinics, with a seat on the medicines safety committee",
                        "Meadow Health funds clinical pharmacists to lead quality improvement projects every year")
                .mission("safer medicines for every patient, in hospital and at home")
                .build();
        for (QuestionVariant question : catalogue.questionVariants().all()) {
            for (InterviewerRole interviewer : catalogue.interviewerRoles().all()) {
                ComposedAnswer answer = composer.compose(new AnswerRequest(wordy, question, interviewer,
                        Optional.empty(), 0));
                assertTrue(answer.words() <= TemplateComposer.MAX_WORDS, answer.words() + ": " + answer.text());
            }
        }
    }

    @Test
    void anIncompleteProfileIsRefusedWithEveryProblem() {
        CandidateProfile incomplete = new ProfileBuilder().skills("one skill").company(" ").build();
        InvalidProfileException e = assertThrows(InvalidProfileException.class,
                () -> composer.compose(request(incomplete, "five-years", "hiring-manager", 0)));
        assertEquals("skills: has 1; list 3-5 job skills; job.company: missing; give the company's name",
                e.getMessage());
    }

    @Test
    void differentProfilesGetDifferentPhrasingChoices() {
        CandidateProfile other = new ProfileBuilder().build();
        Set<String> firstWords = new HashSet<>();
        for (CandidateProfile profile : List.of(server, other)) {
            for (String question : List.of("career-aspirations", "five-years", "hoping-to-get")) {
                firstWords.add(question + ": " + composer.compose(request(profile, question, "hiring-manager", 0))
                        .text().split(" ")[0]);
            }
        }
        assertNotEquals(3, firstWords.size(), "the choice of phrasing depends on the profile too");
    }
}
