package dev.aspire.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aspire.core.Aspiration;
import dev.aspire.core.AspirationKind;
import dev.aspire.core.CandidateProfile;
import dev.aspire.core.TargetJob;
import dev.aspire.core.answer.AnswerRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreparationExerciseTest {
    private final PreparationExercise exercise = new PreparationExercise();

    @Test
    void theFourStepsProduceAProfile() {
        ScriptedConversation conversation = new ScriptedConversation(
                "Ten years as a restaurant server",
                "upselling", "reading customers", "explaining clearly", "",
                "food and drink", "teaching", "storytelling", "",
                "1",            // could work in food and drink
                "",             // accept the proposed kind
                "marketing manager", "10",
                "Marketing Assistant", "Cacao & Co", "confectionery", "fine chocolate every day",
                "the role turns customer insight into campaigns", "Cacao & Co grows its people");

        CandidateProfile profile = exercise.run(conversation);

        assertEquals(new CandidateProfile("Ten years as a restaurant server",
                List.of("upselling", "reading customers", "explaining clearly"),
                List.of("food and drink", "teaching", "storytelling"),
                new Aspiration(AspirationKind.INDUSTRY, "marketing manager", 10, "food and drink"),
                new TargetJob("Marketing Assistant", "Cacao & Co", "confectionery", "fine chocolate every day"),
                List.of("the role turns customer insight into campaigns", "Cacao & Co grows its people")), profile);
        assertEquals(List.of(), conversation.corrections);
        assertTrue(conversation.finished());
        assertTrue(conversation.told.contains("Step 3 of 5: your aspiration"), conversation.told.toString());
    }

    @Test
    void aWrongAnswerIsExplainedAndAskedAgain() {
        ScriptedConversation conversation = new ScriptedConversation(
                "   ",                          // blank background
                "Nurse on a busy ward",
                "triage", "", "triage",          // too few, then a duplicate
                "staying calm", "keeping records", "",
                "cycling", "repairing bikes", "gardening", "",
                "7", "",                        // no passion number 7, then none
                "manager", "2",                 // not a kind, then leadership by number
                "ward manager", "ten", "40", "",  // not a number, out of range, then the default
                "Charge Nurse", "St Mary's", "health care", "",
                "", "the ward trains its charge nurses to lead", "");

        CandidateProfile profile = exercise.run(conversation);

        assertEquals(AspirationKind.LEADERSHIP, profile.aspiration().kind());
        assertEquals(PreparationExercise.DEFAULT_HORIZON_YEARS, profile.aspiration().horizonYears());
        assertEquals("", profile.job().mission());
        assertEquals(List.of("the ward trains its charge nurses to lead"), profile.reasons());
        assertEquals(List.of(
                "In one line, what have you done so far: an answer is needed here",
                "List at least 3 skills; you have 1 so far.",
                "Skill 2: 'triage' is listed twice; list different ones",
                "Its number, or Enter for none: type a number from 1 to 3, or press Enter for none",
                "Kind of aspiration [skill]: unknown aspiration kind 'manager'; known: skill, leadership, industry",
                "Years from now [5]: type a whole number of years, such as 5",
                "Years from now [5]: 40 is out of range; use 1-30 years",
                "List at least 1 reason; you have 0 so far."), conversation.corrections);
    }

    @Test
    void listsStopAtTheirMaximumWithoutAnEmptyLine() {
        ScriptedConversation conversation = new ScriptedConversation(
                "Teacher", "planning", "marking", "explaining", "patience", "assemblies",
                "music", "hiking", "books", "",
                "", "", "head of year", "6",
                "Head of Year", "Hill School", "education", "",
                "the school promotes from within", "I already run the year's trips");

        CandidateProfile profile = exercise.run(conversation);

        assertEquals(5, profile.skills().size());
        assertEquals(2, profile.reasons().size());
        assertTrue(conversation.finished(), "no empty line was needed after the fifth skill or the second reason");
    }

    @Test
    void proposesLeadershipWhenTheSkillsShowGuidingOthers() {
        ScriptedConversation conversation = new ScriptedConversation(
                "Junior accountant", "month-end close", "mentoring new starters", "spreadsheets", "",
                "chess", "running", "cooking", "", "",
                "", "finance manager", "",
                "Accountant", "Ledger Ltd", "finance", "", "the team grows managers from within", "");

        CandidateProfile profile = exercise.run(conversation);

        assertEquals(AspirationKind.LEADERSHIP, profile.aspiration().kind());
        assertTrue(conversation.told.stream().anyMatch(line -> line.contains("'mentoring new starters'")),
                conversation.told.toString());
    }

    @Test
    void endOfInputStopsTheExercise() {
        ScriptedConversation conversation = new ScriptedConversation("Teacher", "planning");

        assertThrows(IllegalStateException.class, () -> exercise.run(conversation));
    }

    @Test
    void theFirstAnswerIsTheCareerAspirationsQuestionForTheHiringManager() {
        AnswerRequest request = exercise.firstAnswer(Fakes.profile(), Fakes.catalogue());

        assertEquals("career-aspirations", request.question().id());
        assertEquals("hiring-manager", request.interviewer().id());
        assertTrue(request.archetype().isEmpty(), "the composer picks the archetype that fits");
    }
}
