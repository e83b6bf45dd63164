package dev.aspire.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Profiles and packs are plain data that anyone may have written: YAML features that build objects or
 * repeat values are refused with the line they are on, and every error is one line a person can act on.
 */
class PlainDataTest {
    private static final String GOOD = """
            background: Eight years teaching chemistry
            skills: [lab safety, explaining clearly, planning]
            passions: [science, gardening, chess]
            aspiration: {kind: industry, goal: science communicator, horizonYears: 5}
            job: {title: Outreach Officer, company: Bright Labs, industry: science education}
            reasons: [the role brings science to schools]
            """;

    private final ProfileReader reader = new ProfileReader(new DataFiles());

    private String error(String name, String text) {
        return assertThrows(DataFileException.class, () -> reader.parse(name, text)).getMessage();
    }

    @Test
    void yamlTagsThatWouldBuildJavaObjectsAreRefused() {
        assertEquals("p.yaml:1: the YAML tag '!!java.net.URL' is not allowed; Aspire reads plain text, lists and"
                + " fields only, so remove the tag",
                error("p.yaml", GOOD.replace("background: Eight", "background: !!java.net.URL Eight")));
        assertEquals("p.yaml:1: the YAML tag '!!javax.script.ScriptEngineManager' is not allowed; Aspire reads plain"
                + " text, lists and fields only, so remove the tag",
                error("p.yaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader"
                        + " [[!!java.net.URL [\"http://localhost/\"]]]]\n"));
    }

    @Test
    void localTagsAreRefusedToo() {
        assertEquals("p.yaml:5: the YAML tag '!office' is not allowed; Aspire reads plain text, lists and fields"
                + " only, so remove the tag", error("p.yaml", GOOD.replace("job: {", "job: !office {")));
    }

    @Test
    void anAliasIsRefusedRatherThanReadAsItsOwnName() {
        String aliased = GOOD.replace("background: Eight", "background: &past Eight")
                .replace("goal: science communicator", "goal: *past");
        assertEquals("p.yaml:4: aspiration: '*past' refers to an anchor; Aspire does not expand YAML anchors and"
                + " aliases, so write the value out in full", error("p.yaml", aliased));
    }

    @Test
    void anAliasBombInAKnownFieldStopsAtTheFirstAlias() {
        StringBuilder bomb = new StringBuilder(GOOD.replace("skills: [lab safety, explaining clearly, planning]\n",
                ""));
        bomb.append("skills: &a [x, x, x, x, x, x, x, x, x, x]\n");
        bomb.append("passions: [").append("*a, ".repeat(9)).append("*a]\n");
        String message = error("bomb.yaml", bomb.toString().replace("passions: [science, gardening, chess]\n", ""));
        assertEquals("bomb.yaml:6: passions[1]: '*a' refers to an anchor; Aspire does not expand YAML anchors and"
                + " aliases, so write the value out in full", message);
    }

    @Test
    void aFractionIsNotAWholeNumberOfYears() {
        assertEquals("p.yaml:4: aspiration.horizonYears: '1.5' is not a whole number",
                error("p.yaml", GOOD.replace("horizonYears: 5", "horizonYears: 1.5")));
        assertEquals("p.yaml:4: aspiration.horizonYears: the number is too large; give a whole number such as 10",
                error("p.yaml", GOOD.replace("horizonYears: 5", "horizonYears: 99999999999999999999")));
    }

    @Test
    void deepNestingIsStoppedEarly() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertEquals("p.yaml: lists or sections are nested more than 32 levels deep; Aspire's files need only a few,"
                + " so look for brackets that are never closed", error("p.yaml", "extra: " + deep + "\n" + GOOD));
        assertEquals("p.json: lists or sections are nested more than 32 levels deep; Aspire's files need only a few,"
                + " so look for brackets that are never closed", error("p.json", "{\"extra\": " + deep + "}"));
    }

    @Test
    void aSecondDocumentIsNamed() {
        assertEquals("p.yaml:8: more data follows the end of the first document; keep one document per file",
                error("p.yaml", GOOD + "---\n" + GOOD));
    }

    @Test
    void yamlSyntaxErrorsAreOneReadableLineAtTheLineToLookAt() {
        assertEquals("p.yaml:1: while scanning a quoted scalar, found unexpected end of stream; check the quotes,"
                + " brackets and indentation", error("p.yaml", "background: \"unclosed\nskills: [a, b, c]\n"));
        assertEquals("p.yaml:2: while scanning for the next token, found character '\\t(TAB)' that cannot start any"
                + " token. (Do not use \\t(TAB) for indentation); check the quotes, brackets and indentation",
                error("p.yaml", "background: x\n\tskills: [a]\n"));
    }

    @Test
    void anUnknownFieldIsReportedOnItsOwnLineNotAtTheEndOfItsSection() {
        assertEquals("p.yaml:1: hobbies: unknown field 'hobbies'; known fields: aspiration, background, job, passions,"
                + " reasons, skills", error("p.yaml", "hobbies: [golf]\n" + GOOD));
        assertEquals("p.yaml:7: job.salary: unknown field 'salary'; known fields: company, industry, mission, title",
                error("p.yaml", GOOD.replace("job: {title: Outreach Officer, company: Bright Labs, industry: science"
                        + " education}", "job:\n  title: Outreach Officer\n  salary: 50000\n  company: Bright Labs\n"
                        + "  industry: science education")));
        assertEquals("p.json:2: hobbies: unknown field 'hobbies'; known fields: aspiration, background, job, passions,"
                + " reasons, skills", error("p.json", "{\"background\": \"x\",\n \"hobbies\": 1,\n \"skills\": []\n}"));
    }

    @Test
    void jsonSyntaxErrorsNameTheLine() {
        assertEquals("p.json:2: Unexpected character ('}' (code 125)): was expecting double-quote to start field name",
                error("p.json", "{\"background\": \"x\",\n}"));
    }
}
