package dev.aspire.templates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.inject.Injector;
import dev.aspire.core.Aspiration;
import dev.aspire.core.AspirationKind;
import dev.aspire.core.CandidateProfile;
import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.InterviewerRole;
import dev.aspire.core.ProfileValidator;
import dev.aspire.core.QuestionVariant;
import dev.aspire.core.TargetJob;
import dev.aspire.core.answer.AnswerComposer;
import dev.aspire.core.answer.AnswerRequest;
import dev.aspire.core.answer.ComposedAnswer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The template engine on arbitrary input: any phrasing a pack could hold, rendered with awkward profiles,
 * and any profile a person could write, composed into answers with the built-in phrasings. A phrasing is
 * either parsed or refused with a one-line {@link TemplateSyntaxException}; rendering and composing never
 * fail, never print a control character, and never grow beyond what the phrasing and the values allow.
 * The seeds in {@code TemplateFuzzTestInputs} run with every build; see "Fuzzing" in the README for a longer run.
 */
class TemplateFuzzTest {
    private static final Injector INJECTOR = Fixtures.injector(Path.of("/nonexistent/aspire-fuzz-home"), List.of());
    private static final AnswerComposer COMPOSER = Fixtures.composer(INJECTOR);
    private static final DomainCatalogue CATALOGUE = Fixtures.catalogue(INJECTOR);
    private static final List<CandidateProfile> PROFILES = List.of(
            new ProfileBuilder().build(),
            new ProfileBuilder().theme("antibiotics").mission("children's health").goal("HR lead").build(),
            new ProfileBuilder().skills("{company}", "[pricing|costing]", "back\\slash {{work}}", "a", "b")
                    .passions("x", "y", "z", "w", "v").reasons("{role}", "[{mission}]").company("{role} Ltd")
                    .build());
    /** The longest a rendered value can be: five items of 80 characters, joined, after an article. */
    private static final int MAX_VALUE_LENGTH = 5 * (ProfileValidator.MAX_SENTENCE_LENGTH + 5) + 4;

    @FuzzTest
    void phrasing(byte[] bytes) {
        String phrasing = new String(bytes, StandardCharsets.UTF_8);
        Template template;
        try {
            template = TemplateParser.parse(phrasing);
        } catch (TemplateSyntaxException e) {
            assertOneLine(e.getMessage());
            return;
        }
        for (CandidateProfile profile : PROFILES) {
            for (SlotValues values : List.of(SlotValues.of(profile), SlotValues.brief(profile))) {
                String text = template.render(values);
                assertPrintable(text);
                assertTrue(text.length() <= phrasing.length()
                        + TemplateParser.MAX_PLACEHOLDERS * MAX_VALUE_LENGTH, "bounded by the phrasing and values");
            }
        }
    }

    @FuzzTest
    void profileValues(FuzzedDataProvider data) {
        CandidateProfile profile = new CandidateProfile(
                data.consumeString(ProfileValidator.MAX_SENTENCE_LENGTH),
                items(data, 3, 5, ProfileValidator.MAX_ITEM_LENGTH),
                items(data, 3, 5, ProfileValidator.MAX_ITEM_LENGTH),
                new Aspiration(data.pickValue(AspirationKind.values()), data.consumeString(80),
                        data.consumeInt(ProfileValidator.MIN_HORIZON_YEARS, ProfileValidator.MAX_HORIZON_YEARS),
                        data.consumeString(80)),
                new TargetJob(data.consumeString(80), data.consumeString(80), data.consumeString(80),
                        data.consumeString(ProfileValidator.MAX_SENTENCE_LENGTH)),
                items(data, 1, 2, ProfileValidator.MAX_SENTENCE_LENGTH));
        if (!ProfileValidator.problems(profile).isEmpty()) {
            return;
        }
        QuestionVariant question = data.pickValue(CATALOGUE.questionVariants().all());
        InterviewerRole interviewer = data.pickValue(CATALOGUE.interviewerRoles().all());
        ComposedAnswer answer = COMPOSER.compose(new AnswerRequest(profile, question, interviewer, Optional.empty(),
                data.consumeInt(0, 100)));
        assertPrintable(answer.text());
        assertTrue(answer.words() > 0, "an answer has words");
    }

    private static List<String> items(FuzzedDataProvider data, int min, int max, int maxLength) {
        List<String> items = new ArrayList<>();
        int count = data.consumeInt(min, max);
        for (int i = 0; i < count; i++) {
            items.add(data.consumeString(maxLength));
        }
        return items;
    }

    private static void assertOneLine(String message) {
        assertFalse(message.isBlank() || message.contains("\n") || message.contains("\r"),
                () -> "one line that says what is wrong: " + message);
    }

    private static void assertPrintable(String text) {
        assertTrue(text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r'),
                () -> "no control character reaches an answer: " + text);
    }
}
