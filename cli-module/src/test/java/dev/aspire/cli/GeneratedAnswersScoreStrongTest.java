package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.inject.Injector;
import dev.aspire.core.AnswerArchetype;
import dev.aspire.core.CandidateProfile;
import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.InterviewerRole;
import dev.aspire.core.QuestionVariant;
import dev.aspire.core.answer.AnswerComposer;
import dev.aspire.core.answer.AnswerRequest;
import dev.aspire.core.answer.ComposedAnswer;
import dev.aspire.core.scoring.AnswerScorer;
import dev.aspire.core.scoring.Band;
import dev.aspire.core.scoring.ScoreReport;
import dev.aspire.core.scoring.ScoringRequest;
import dev.aspire.core.scoring.Severity;
import dev.aspire.data.AspireSettings;
import dev.aspire.data.ProfileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The two halves of Aspire agree: every answer the templates write for the sample profiles, for every
 * archetype, question and interviewer, is one the scorer rates strong with no major red flag.
 */
class GeneratedAnswersScoreStrongTest {
    private static final Injector INJECTOR = AspireInjector.create(
            new AspireSettings(Path.of("/nonexistent/aspire-test-home"), List.of(), List.of()), List.of());

    static Stream<Path> sampleProfiles() throws IOException {
        return Files.list(Path.of("../examples/profiles")).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest
    @MethodSource("sampleProfiles")
    void everyGeneratedAnswerScoresStrongWithoutAMajorFlag(Path file) {
        CandidateProfile profile = INJECTOR.getInstance(ProfileReader.class).read(file);
        DomainCatalogue catalogue = INJECTOR.getInstance(DomainCatalogue.class);
        AnswerComposer composer = INJECTOR.getInstance(AnswerComposer.class);
        AnswerScorer scorer = INJECTOR.getInstance(AnswerScorer.class);
        List<String> misses = new ArrayList<>();
        int scored = 0;
        for (AnswerArchetype archetype : catalogue.archetypes().all()) {
            for (QuestionVariant question : catalogue.questionVariants().all()) {
                for (InterviewerRole interviewer : catalogue.interviewerRoles().all()) {
                    ComposedAnswer answer = composer.compose(
                            new AnswerRequest(profile, question, interviewer, Optional.of(archetype), 0));
                    ScoreReport report = scorer.score(new ScoringRequest(answer.text(), Optional.of(profile.job()),
                            Optional.of(question), Optional.of(interviewer)));
                    scored++;
                    List<String> major = report.flags().stream().filter(f -> f.severity() == Severity.MAJOR)
                            .map(f -> f.code() + " '" + f.span().text() + "'").toList();
                    if (report.band() != Band.STRONG || !major.isEmpty()) {
                        misses.add(archetype.id() + "/" + question.id() + "/" + interviewer.id() + ": "
                                + report.score() + " " + report.band().id() + " " + major + "\n    " + answer.text());
                    }
                }
            }
        }
        assertEquals(5 * 4 * 6, scored);
        assertEquals(List.of(), misses, misses.size() + " answers missed the strong band:\n" + String.join("\n", misses));
    }

}
