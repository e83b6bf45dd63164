package dev.aspire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aspire.data.Mappers;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {
    private static final String STRONG = """
            For seven years I have waited tables at a busy brasserie, and the part I enjoyed most was suggesting
            the right dessert to the right table; I raised our dessert sales by about a fifth. Over the next five
            years I want to become a marketing manager for a food brand, and this marketing assistant role is the
            natural first step, because it puts me close to the customers and the campaigns. Cacao & Co's focus
            on single-origin chocolate is exactly the kind of product I love talking about. I'm excited to bring
            my instinct for what makes people say yes, learn the craft from your team, and grow with Cacao & Co
            for the long term.
            """;
    private static final String RISKY = """
            I have three years of experience in retail and I am good with customers. I'd probably stay here for a
            year or two and then move on to a bigger company. Honestly the main reason I applied is the salary.
            """;

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new AspireCli(new PrintWriter(out), new PrintWriter(err), Map.of("ASPIRE_HOME", home.toString()),
                List.of()).run(args);
    }

    private Path answer(String text) throws Exception {
        Path file = home.resolve("answer.txt");
        Files.writeString(file, text);
        return file;
    }

    private static JsonNode json(String text) throws Exception {
        return Mappers.json().readTree(text);
    }

    @Test
    void scoresAStrongAnswerWithABarPerCriterionAndNoColourOffATerminal() throws Exception {
        int exit = run("score", answer(STRONG).toString(), "--role", "Marketing Assistant", "--company", "Cacao & Co",
                "--industry", "confectionery");
        String text = out.toString();
        assertEquals(ExitCode.OK, exit, err::toString);
        assertTrue(text.startsWith("Score "), text);
        assertTrue(text.contains("(strong)"), text);
        assertTrue(text.contains("concrete-aspiration") && text.contains("[####"), text);
        assertTrue(text.contains("Red flags: none"), text);
        assertFalse(text.contains("\u001B["), "no colour codes when the output is not a terminal");
    }

    @Test
    void marksTheFlaggedWordsAndSuggestsARewrite() throws Exception {
        int exit = run("score", answer(RISKY).toString(), "--role", "Sales Assistant");
        String text = out.toString();
        assertEquals(ExitCode.OK, exit, err::toString);
        assertTrue(text.contains("LEAVING_SOON") && text.contains("PERKS_FOCUS"), text);
        assertTrue(text.matches("(?s).*\\[\\[[^]]*year or two[^]]*]].*"), text);
        assertTrue(text.contains("Try: \"I see myself growing in this Sales Assistant role"), text);
    }

    @Test
    void exitsWithOneBelowTheMinimumScore() throws Exception {
        assertEquals(ExitCode.BELOW_MIN_SCORE, run("score", answer(RISKY).toString(), "--min-score", "75"));
    }

    @Test
    void printsTheDocumentedJsonShape() throws Exception {
        assertEquals(ExitCode.OK, run("score", answer(RISKY).toString(), "--format", "json"));
        JsonNode report = json(out.toString());
        assertTrue(report.get("score").isInt());
        assertTrue(List.of("strong", "fair", "weak").contains(report.get("band").asText()));
        assertTrue(report.get("archetype").isTextual());
        JsonNode criterion = report.get("criteria").get(0);
        for (String field : List.of("id", "points", "max", "evidence", "advice")) {
            assertTrue(criterion.has(field), field);
        }
        JsonNode flag = report.get("flags").get(0);
        for (String field : List.of("code", "severity", "start", "end", "text", "advice")) {
            assertTrue(flag.has(field), field);
        }
        assertEquals(RISKY.substring(flag.get("start").asInt(), flag.get("end").asInt()), flag.get("text").asText());
        assertTrue(report.get("words").isInt() && report.get("seconds").isNumber());
        assertFalse(report.has("interviewer"), "the neutral reading names no interviewer");
    }

    @Test
    void showsEveryInterviewerSideBySideWithTheReasonEachDiffers() throws Exception {
        assertEquals(ExitCode.OK, run("score", answer(STRONG).toString(), "--interviewer", "all"));
        String text = out.toString();
        for (String role : List.of("external-recruiter", "internal-recruiter", "hiring-manager", "hiring-managers-boss",
                "potential-direct-report", "other-interviewer")) {
            assertTrue(text.contains(role), role);
        }
        assertTrue(text.contains("Why: Will train you"), text);
        assertTrue(text.contains("neutral"), text);
    }

    @Test
    void oneInterviewerWeighsTheAnswerTheirWay() throws Exception {
        assertEquals(ExitCode.OK, run("score", answer(STRONG).toString(), "--interviewer", "hiring-manager",
                "--format", "json"));
        JsonNode report = json(out.toString());
        assertEquals("hiring-manager", report.get("interviewer").asText());
        assertTrue(report.get("lens").asText().contains("stay"));
        int commitmentMax = 0;
        for (JsonNode c : report.get("criteria")) {
            commitmentMax = c.get("id").asText().equals("commitment") ? c.get("max").asInt() : commitmentMax;
        }
        assertTrue(commitmentMax > 12, "the hiring manager weighs commitment above its neutral 12 points");
    }

    @Test
    void takesTheJobFromAProfile() throws Exception {
        Path profile = Path.of("../examples/profiles/restaurant-server.yaml");
        assertEquals(ExitCode.OK, run("score", answer(STRONG).toString(), "--profile", profile.toString(),
                "--format", "markdown"));
        String markdown = out.toString();
        assertTrue(markdown.startsWith("## Score "), markdown);
        assertTrue(markdown.contains("| company-connection | 1"), "the profile's company is recognised: " + markdown);
    }

    @Test
    void readsTheAnswerFromStandardInput() {
        CliRun run = CliRun.run(Path.of("/nonexistent/aspire-test-home"), STRONG, List.of(),
                "score", "-", "--format", "json");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"score\""), run.out());
    }

    @Test
    void anUnknownQuestionIsAOneLineUsageError() throws Exception {
        assertEquals(ExitCode.USAGE, run("score", answer(STRONG).toString(), "--question", "ten-years"));
        String message = err.toString().strip();
        assertTrue(message.startsWith("aspire: ") && message.contains("five-years"), message);
        assertEquals(1, message.lines().count(), message);
    }

    @Test
    void anEmptyAnswerIsAUsageError() throws Exception {
        assertEquals(ExitCode.USAGE, run("score", answer("   \n").toString()));
        assertTrue(err.toString().contains("the answer is empty"), err::toString);
    }

    @Test
    void aBatchAnswersEveryLineInOrderAndReportsBadLinesWithoutStopping() throws Exception {
        Path batch = home.resolve("answers.jsonl");
        Files.writeString(batch, String.join("\n",
                "{\"id\": \"a\", \"text\": " + Mappers.json().writeValueAsString(STRONG)
                        + ", \"role\": \"Marketing Assistant\", \"company\": \"Cacao & Co\", \"extra\": 1}",
                "{\"id\": \"b\", \"text\": \"I just want a job.\"",
                "{\"id\": \"c\", \"question\": \"five-years\"}",
                "{\"id\": \"d\", \"text\": \"In five years I want to lead a team here.\", \"interviewer\": \"nobody\"}",
                "",
                "{\"id\": 5, \"text\": " + Mappers.json().writeValueAsString(RISKY) + ", \"question\": \"five-years\"}"));
        assertEquals(ExitCode.USAGE, run("score", "--batch", batch.toString()));
        List<String> lines = out.toString().lines().toList();
        assertEquals(5, lines.size(), out::toString);
        JsonNode first = json(lines.get(0));
        assertEquals("a", first.get("id").asText());
        assertEquals("strong", first.get("band").asText());
        assertEquals("b", json(lines.get(1)).get("id").asText());
        assertTrue(json(lines.get(1)).get("error").asText().startsWith("line 2: "));
        assertTrue(json(lines.get(2)).get("error").asText().contains("\"text\" is missing"));
        assertTrue(json(lines.get(3)).get("error").asText().contains("hiring-manager"), lines.get(3));
        JsonNode last = json(lines.get(4));
        assertEquals("5", last.get("id").asText());
        assertTrue(last.get("flags").size() > 0);
        assertTrue(err.toString().contains("3 of 5 batch lines could not be scored"), err::toString);
    }

    @Test
    void aBatchOnSeveralThreadsWritesExactlyWhatOneThreadWrites() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 700; i++) {
            String text = (i % 3 == 0 ? STRONG : RISKY) + " Line " + i + ".";
            lines.append("{\"id\": \"").append(i).append("\", \"text\": ").append(Mappers.json().writeValueAsString(text))
                    .append("}\n");
        }
        Path batch = home.resolve("many.jsonl");
        Files.writeString(batch, lines);
        assertEquals(ExitCode.OK, run("score", "--batch", batch.toString(), "--threads", "1"));
        String single = out.toString();
        out.getBuffer().setLength(0);
        assertEquals(ExitCode.OK, run("score", "--batch", batch.toString(), "--threads", "4"));
        assertEquals(single, out.toString());
        assertEquals("699", json(single.lines().reduce((a, b) -> b).orElseThrow()).get("id").asText());
    }
}
