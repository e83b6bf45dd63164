package dev.aspire.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aspire.core.AspirationKind;
import dev.aspire.core.CandidateProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileReaderTest {
    private static final String GOOD_YAML = """
            background: Eight years teaching chemistry
            skills: [lab safety, explaining clearly, planning]
            passions: [science, gardening, chess]
            aspiration: {kind: industry, goal: science communicator, horizonYears: 5}
            job: {title: Outreach Officer, company: Bright Labs, industry: science education}
            reasons: [the role brings science to schools]
            """;

    private final ProfileReader reader = new ProfileReader(new DataFiles());

    @TempDir
    Path dir;

    private String error(String name, String content) throws Exception {
        Path file = Files.writeString(dir.resolve(name), content);
        return assertThrows(DataFileException.class, () -> reader.read(file)).getMessage()
                .replace(dir.toString(), "DIR");
    }

    @Test
    void readsTheSampleProfile() {
        CandidateProfile profile = reader.read(Path.of("../examples/profiles/restaurant-server.yaml"));
        assertEquals("Cacao & Co", profile.job().company());
        assertEquals(AspirationKind.SKILL, profile.aspiration().kind());
        assertEquals(10, profile.aspiration().horizonYears());
        assertEquals(3, profile.skills().size());
    }

    @Test
    void readsYamlAndTheSameProfileAsJson() throws Exception {
        CandidateProfile yaml = reader.read(Files.writeString(dir.resolve("p.yaml"), GOOD_YAML));
        CandidateProfile json = reader.read(Files.writeString(dir.resolve("p.json"), """
                {"background": "Eight years teaching chemistry",
                 "skills": ["lab safety", "explaining clearly", "planning"],
                 "passions": ["science", "gardening", "chess"],
                 "aspiration": {"kind": "industry", "goal": "science communicator", "horizonYears": 5},
                 "job": {"title": "Outreach Officer", "company": "Bright Labs", "industry": "science education"},
                 "reasons": ["the role brings science to schools"]}
                """));
        assertEquals(yaml, json);
        assertEquals("", yaml.job().mission());
    }

    @Test
    void validationProblemsNameTheFileAndEveryField() throws Exception {
        assertEquals("DIR/p.yaml: skills: has 2; list 3-5 job skills; job.company: missing; give the company's name",
                error("p.yaml", GOOD_YAML.replace("lab safety, ", "").replace(", company: Bright Labs", "")));
    }

    @Test
    void anUnknownFieldIsNamedWithItsLineAndTheKnownFields() throws Exception {
        String message = error("p.yaml", GOOD_YAML + "hobbies: [golf]\n");
        assertEquals("DIR/p.yaml:7: hobbies: unknown field 'hobbies'; known fields: aspiration, background, "
                + "job, passions, reasons, skills", message);
    }

    @Test
    void aWrongTypeSaysWhatWasExpected() throws Exception {
        assertEquals("DIR/p.yaml:2: skills: expected a list here",
                error("p.yaml", GOOD_YAML.replace("[lab safety, explaining clearly, planning]", "lab safety")));
    }

    @Test
    void anUnknownAspirationKindListsTheKinds() throws Exception {
        String message = error("p.yaml", GOOD_YAML.replace("kind: industry", "kind: money"));
        assertEquals("DIR/p.yaml:4: aspiration.kind: unknown aspiration kind 'money'; known: skill, "
                + "leadership, industry", message);
    }

    @Test
    void brokenYamlSyntaxGivesTheLine() throws Exception {
        String message = error("p.yaml", "background: \"unclosed\nskills: [a, b, c]\n");
        assertEquals("DIR/p.yaml:", message.substring(0, 11));
        assertEquals(1, message.lines().count());
    }

    @Test
    void anEmptyFileSaysSo() throws Exception {
        assertEquals("DIR/p.yaml: is empty; see the README for what it should contain", error("p.yaml", "\n  \n"));
    }

    @Test
    void aMissingFileSaysSo() {
        DataFileException e = assertThrows(DataFileException.class, () -> reader.read(dir.resolve("none.yaml")));
        assertEquals(dir.resolve("none.yaml") + ": no such file; check the path", e.getMessage());
    }

    @Test
    void aYamlAliasBombIsRefused() throws Exception {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char prev = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [");
            bomb.append(("*" + prev + ", ").repeat(9)).append('*').append(prev).append("]\n");
        }
        String message = error("bomb.yaml", bomb.toString());
        assertEquals(1, message.lines().count(), message);
    }

    @Test
    void deeplyNestedDocumentsAreRefused() throws Exception {
        String deep = "background: " + "[".repeat(200) + "]".repeat(200) + "\n";
        String message = error("deep.yaml", deep);
        assertEquals(1, message.lines().count(), message);
    }
}
