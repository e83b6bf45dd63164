package dev.aspire.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Injector;
import dev.aspire.core.AnswerArchetype;
import dev.aspire.core.AspirationKind;
import dev.aspire.core.CandidateProfile;
import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.InterviewerRole;
import dev.aspire.core.QuestionVariant;
import dev.aspire.core.answer.AnswerComposer;
import dev.aspire.core.answer.AnswerRequest;
import dev.aspire.core.answer.ComposedAnswer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole matrix for every sample profile: each archetype, asked each way, by each interviewer. Every
 * answer is read the way an interviewer would hear it.
 */
class SampleAnswersTest {
    /** What each interviewer must hear, in words the answer itself uses. */
    private static final Map<String, Pattern> PITCH = Map.of(
            "hiring-manager", Pattern.compile("(?i)(deadlines|on time).*(stay|long future)"),
            "hiring-managers-boss", Pattern.compile("(?i)bigger picture|direction of the business"),
            "potential-direct-report", Pattern.compile("(?i)learn.*team|team.*learn"),
            "internal-recruiter", Pattern.compile("(?i)I meet the requirements|I meet them"),
            "external-recruiter", Pattern.compile("(?i)brief|your client|job description"),
            "other-interviewer", Pattern.compile("(?i)dependable|rely on me|count on me"));
    private static final Pattern STAYING =
            Pattern.compile("(?i)here|long term|long-term|long run|years to come|my career|my future|grow(ing)? (with|at)|stay at");

    @TempDir
    static Path home;

    private static DomainCatalogue catalogue;
    private static final Map<String, CandidateProfile> PROFILES = new LinkedHashMap<>();
    private static final Map<String, ComposedAnswer> ANSWERS = new LinkedHashMap<>();

    @BeforeAll
    static void writeEveryAnswer() {
        Injector injector = Fixtures.injector(home, List.of());
        catalogue = Fixtures.catalogue(injector);
        AnswerComposer composer = Fixtures.composer(injector);
        for (Path file : Fixtures.sampleProfiles()) {
            CandidateProfile profile = Fixtures.profile(injector, file);
            String name = file.getFileName().toString();
            PROFILES.put(name, profile);
            for (AnswerArchetype archetype : catalogue.archetypes().all()) {
                for (QuestionVariant question : catalogue.questionVariants().all()) {
                    for (InterviewerRole interviewer : catalogue.interviewerRoles().all()) {
                        ANSWERS.put(key(name, archetype.id(), question.id(), interviewer.id()), composer.compose(
                                new AnswerRequest(profile, question, interviewer, Optional.of(archetype), 0)));
                    }
                }
            }
        }
    }

    @Test
    void theSamplesSpanThreeIndustriesAndEveryAspirationKind() {
        Set<AspirationKind> kinds = EnumSet.noneOf(AspirationKind.class);
        Set<String> industries = new HashSet<>();
        PROFILES.values().forEach(profile -> {
            kinds.add(profile.aspiration().kind());
            industries.add(profile.job().industry());
        });
        assertTrue(PROFILES.size() >= 3, "at least three sample profiles");
        assertEquals(EnumSet.allOf(AspirationKind.class), kinds);
        assertEquals(PROFILES.size(), industries.size(), "each sample in its own industry");
        assertEquals(PROFILES.size() * 5 * 4 * 6, ANSWERS.size());
    }

    @TestFactory
    Stream<DynamicTest> everyAnswerReadsCleanly() {
        return ANSWERS.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            CandidateProfile profile = PROFILES.get(entry.getKey().split(" / ")[0]);
            List<String> problems = AnswerChecks.problems(entry.getValue(), profile);
            assertTrue(problems.isEmpty(), problems + " in: " + entry.getValue().text());
        }));
    }

    @Test
    void eachFormOfTheQuestionOpensItsOwnWay() {
        forEachProfileArchetypeAndInterviewer((profile, archetype, interviewer) -> {
            Set<String> openings = new HashSet<>();
            for (QuestionVariant question : catalogue.questionVariants().all()) {
                String text = answer(profile, archetype, question.id(), interviewer).text();
                assertTrue(openings.add(AnswerChecks.firstSentence(text)), "an opening repeats: " + text);
            }
        });
    }

    @Test
    void theQuestionIsAnsweredAsAsked() {
        forEachProfileArchetypeAndInterviewer((profile, archetype, interviewer) -> {
            CandidateProfile candidate = PROFILES.get(profile);
            String aspirations = answer(profile, archetype, "career-aspirations", interviewer).text();
            assertTrue(AnswerChecks.contains(AnswerChecks.firstSentence(aspirations), candidate.aspiration().goal()),
                    "the long-term aspiration comes first: " + aspirations);
            String fiveYears = answer(profile, archetype, "five-years", interviewer).text();
            assertTrue(AnswerChecks.firstSentence(fiveYears).matches("(?i).*\\bfive years\\b.*"),
                    "five years from now, straight away: " + fiveYears);
            String aligns = answer(profile, archetype, "aligns-with-goals", interviewer).text();
            assertTrue(aligns.startsWith("Yes"), "yes first, then how: " + aligns);
            String hoping = answer(profile, archetype, "hoping-to-get", interviewer).text();
            assertTrue(AnswerChecks.firstSentence(hoping).matches("(?i).*\\b(want|hoping)\\b.*"),
                    "says what the role would give: " + hoping);
            assertTrue(hoping.matches("(?i).*\\b(in return|give back)\\b.*"), "and what they give back: " + hoping);
        });
    }

    @Test
    void everyInterviewerHearsTheirOwnPitch() {
        for (String profile : PROFILES.keySet()) {
            for (AnswerArchetype archetype : catalogue.archetypes().all()) {
                for (QuestionVariant question : catalogue.questionVariants().all()) {
                    Set<String> texts = new HashSet<>();
                    for (InterviewerRole interviewer : catalogue.interviewerRoles().all()) {
                        String text = answer(profile, archetype.id(), question.id(), interviewer.id()).text();
                        assertTrue(texts.add(text), "two interviewers hear the same answer: " + text);
                        assertTrue(PITCH.get(interviewer.id()).matcher(text).find(),
                                interviewer.id() + " does not hear what they listen for: " + text);
                    }
                }
            }
        }
    }

    @Test
    void theAnswerRunsFromPastThroughPresentToFuture() {
        ANSWERS.forEach((key, answer) -> {
            CandidateProfile profile = PROFILES.get(key.split(" / ")[0]);
            String text = answer.text();
            int past = text.indexOf(profile.background());
            int present = text.indexOf(profile.reasons().get(0));
            assertTrue(past >= 0 && present > past, "background, then reasons: " + text);
            assertTrue(AnswerChecks.contains(text, profile.aspiration().goal()), "names the aspiration: " + text);
            if (!answer.question().id().equals("five-years")) {
                String horizon = NumberWords.years(profile.aspiration().horizonYears());
                assertTrue(text.contains(horizon), "gives the horizon '" + horizon + "': " + text);
            }
            if (answer.question().id().equals("hoping-to-get") || answer.question().id().equals("aligns-with-goals")) {
                assertTrue(text.lastIndexOf(profile.aspiration().goal()) > present, "the future comes last: " + text);
            }
        });
    }

    @Test
    void theCloseSaysTheyWantThisJobAndMeanToStay() {
        ANSWERS.values().forEach(answer -> assertTrue(
                STAYING.matcher(AnswerChecks.lastSentence(answer.text())).find(), answer.text()));
    }

    private interface MatrixCell {
        void check(String profile, String archetype, String interviewer);
    }

    private static void forEachProfileArchetypeAndInterviewer(MatrixCell cell) {
        List<String> failures = new ArrayList<>();
        for (String profile : PROFILES.keySet()) {
            for (AnswerArchetype archetype : catalogue.archetypes().all()) {
                for (InterviewerRole interviewer : catalogue.interviewerRoles().all()) {
                    try {
                        cell.check(profile, archetype.id(), interviewer.id());
                    } catch (AssertionError e) {
                        failures.add(profile + " / " + archetype.id() + " / " + interviewer.id() + ": " + e.getMessage());
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static ComposedAnswer answer(String profile, String archetype, String question, String interviewer) {
        return ANSWERS.get(key(profile, archetype, question, interviewer));
    }

    private static String key(String profile, String archetype, String question, String interviewer) {
        return profile + " / " + archetype + " / " + question + " / " + interviewer;
    }
}
