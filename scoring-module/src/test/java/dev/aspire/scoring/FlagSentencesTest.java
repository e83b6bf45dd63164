package dev.aspire.scoring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aspire.core.scoring.RedFlag;
import dev.aspire.core.scoring.ScoringRequest;
import dev.aspire.core.scoring.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Single sentences, each saying one risky thing in its own words, or a risky word used harmlessly. */
class FlagSentencesTest {
    @TestFactory
    Stream<DynamicTest> eachSentenceRaisesItsFlagOrNone() throws IOException {
        List<String> lines;
        try (InputStream in = FlagSentencesTest.class.getResourceAsStream("flag-sentences.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
        return lines.stream().map(line -> {
            String code = line.substring(0, line.indexOf('|'));
            String sentence = line.substring(line.indexOf('|') + 1);
            return DynamicTest.dynamicTest(code + ": " + sentence, () -> {
                Set<String> majors = Scorers.scorer().score(ScoringRequest.of(sentence)).flags().stream()
                        .filter(f -> f.severity() == Severity.MAJOR).map(RedFlag::code).collect(Collectors.toSet());
                if (code.equals("NONE")) {
                    majors.remove("NO_GOAL");
                    assertTrue(majors.isEmpty(), () -> "harmless, yet flagged " + majors);
                } else {
                    assertTrue(majors.contains(code), () -> "expected " + code + " but found " + majors);
                }
            });
        });
    }
}
