package dev.aspire.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aspire.core.TargetJob;
import dev.aspire.core.scoring.Band;
import dev.aspire.core.scoring.RedFlag;
import dev.aspire.core.scoring.ScoreReport;
import dev.aspire.core.scoring.ScoringRequest;
import dev.aspire.core.scoring.Severity;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Answers built the way a coach (or the templates module) builds them from the sample profile
 * (examples/profiles/restaurant-server.yaml): a concrete aspiration with a horizon, the role and company
 * named, skills as evidence, intent to stay and grow, enthusiasm, 90-200 words. They must score strong.
 */
class CoachStyleAnswersTest {
    private static final TargetJob JOB = new TargetJob("Marketing Assistant", "Cacao & Co", "confectionery",
            "making fine chocolate an everyday pleasure");

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of("career-aspirations", "My long-term aspiration is to become a marketing manager within the "
                        + "next ten years. I have spent ten years as a restaurant server in a busy bistro, and on weekends "
                        + "I tutor maths. Along the way I built real skills in upselling, reading what customers want and "
                        + "explaining things clearly, and those skills carry straight over to marketing. That is why this "
                        + "Marketing Assistant role at Cacao & Co appeals to me: it turns customer insight into campaigns, "
                        + "and Cacao & Co grows its marketing people from within. I love the idea of making fine chocolate "
                        + "an everyday pleasure, and I am excited to learn from your team and grow with Cacao & Co over the "
                        + "long term."),
                Arguments.of("five-years", "In ten years I see myself as a marketing manager for a food brand, and the "
                        + "next five are about getting there step by step here at Cacao & Co. For ten years I have worked "
                        + "as a server in a busy bistro, where upselling and reading what customers want were my daily "
                        + "work, and as a weekend maths tutor I learned to explain things clearly. As your Marketing "
                        + "Assistant I would turn that customer insight into campaigns, and I know Cacao & Co grows its "
                        + "marketing people from within, so I would love to build my career with you and take on more "
                        + "responsibility as I learn."),
                Arguments.of("hoping-to-get", "From this Marketing Assistant role I am hoping to gain hands-on "
                        + "experience of turning customer insight into campaigns, and the mentoring that comes with a team "
                        + "that grows its marketing people from within. In return I bring ten years of serving guests in a "
                        + "busy bistro: upselling, reading what customers want and explaining things clearly, skills I also "
                        + "use as a weekend maths tutor. My goal is to become a marketing manager within ten years, and I "
                        + "am genuinely excited by Cacao & Co's aim of making fine chocolate an everyday pleasure. I would "
                        + "like to grow with the company for many years."),
                Arguments.of("aligns-with-goals", "Yes, very closely. My goal is to become a marketing manager within "
                        + "ten years, and this Marketing Assistant role is the natural first step, because it turns "
                        + "customer insight into campaigns. I have spent ten years as a restaurant server, where upselling "
                        + "and reading what customers want were at the heart of the job, and tutoring maths on weekends "
                        + "taught me to explain things clearly. Cacao & Co grows its marketing people from within, which "
                        + "is exactly the path I want, and I love your aim of making fine chocolate an everyday pleasure. "
                        + "I am excited to contribute and grow here."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void aCoachStyleAnswerScoresStrongWithoutAMajorFlag(String question, String answer) {
        ScoreReport report = Scorers.scorer().score(new ScoringRequest(answer, Optional.of(JOB),
                Optional.of(Scorers.catalogue().questionVariants().require(question)), Optional.empty()));
        assertTrue(report.words() >= 90 && report.words() <= 200, "words " + report.words());
        assertTrue(report.flags().stream().noneMatch(f -> f.severity() == Severity.MAJOR),
                () -> "major flags " + report.flags().stream().map(RedFlag::code).toList());
        assertEquals(Band.STRONG, report.band(), () -> "score " + report.score() + " " + report.criteria());
    }
}
