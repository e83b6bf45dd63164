package dev.aspire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileValidatorTest {
    private static List<String> fields(CandidateProfile profile) {
        return ProfileValidator.problems(profile).stream().map(ProfileProblem::field).toList();
    }

    @Test
    void aCompleteProfileHasNoProblems() {
        assertEquals(List.of(), ProfileValidator.problems(Profiles.valid()));
    }

    @Test
    void tooFewOrTooManySkillsAreReportedWithTheAllowedRange() {
        List<ProfileProblem> few = ProfileValidator.problems(Profiles.withSkills(List.of("a", "b")));
        assertEquals(List.of("skills"), few.stream().map(ProfileProblem::field).toList());
        assertTrue(few.get(0).message().contains("3-5"), few.get(0).message());
        assertEquals(List.of("skills"), fields(Profiles.withSkills(List.of("a", "b", "c", "d", "e", "f"))));
    }

    @Test
    void blankAndRepeatedSkillsAreNamedByPosition() {
        assertEquals(List.of("skills[2]"), fields(Profiles.withSkills(Arrays.asList("a", " ", "c"))));
        assertEquals(List.of("skills[2]"), fields(Profiles.withSkills(Arrays.asList("a", null, "c"))));
        assertEquals(List.of("skills[3]"), fields(Profiles.withSkills(List.of("Typing", "b", "typing "))));
    }

    @Test
    void controlCharactersThatWouldDriveATerminalAreRefusedButAccentsEmojiAndHebrewAreWelcome() {
        List<ProfileProblem> escape = ProfileValidator.problems(
                Profiles.withSkills(List.of("a", "red\u001b[31mtext", "c")));
        assertEquals(List.of("skills[2]"), escape.stream().map(ProfileProblem::field).toList());
        assertTrue(escape.get(0).message().startsWith("contains the control character U+001B"), escape.get(0).message());

        assertEquals(List.of(), fields(Profiles.withSkills(List.of("pâtisserie", "café 🍫 service", "עברית"))));
    }

    @Test
    void missingSectionsAreNamed() {
        CandidateProfile empty = new CandidateProfile(null, null, null, null, null, null);
        assertEquals(List.of("background", "skills", "passions", "aspiration", "job", "reasons"), fields(empty));
    }

    @Test
    void aspirationNeedsKindGoalAndAHorizonInRange() {
        CandidateProfile p = Profiles.valid();
        CandidateProfile bad = new CandidateProfile(p.background(), p.skills(), p.passions(),
                new Aspiration(null, "", 45, null), p.job(), p.reasons());
        assertEquals(List.of("aspiration.kind", "aspiration.goal", "aspiration.horizonYears"), fields(bad));
    }

    @Test
    void jobNeedsTitleCompanyAndIndustryButNotAMission() {
        CandidateProfile p = Profiles.valid();
        CandidateProfile bad = new CandidateProfile(p.background(), p.skills(), p.passions(), p.aspiration(),
                new TargetJob(" ", null, "retail", null), p.reasons());
        assertEquals(List.of("job.title", "job.company"), fields(bad));
    }

    @Test
    void reasonsAreOneOrTwo() {
        CandidateProfile p = Profiles.valid();
        CandidateProfile none = new CandidateProfile(p.background(), p.skills(), p.passions(), p.aspiration(),
                p.job(), List.of());
        CandidateProfile three = new CandidateProfile(p.background(), p.skills(), p.passions(), p.aspiration(),
                p.job(), List.of("a", "b", "c"));
        assertEquals(List.of("reasons"), fields(none));
        assertEquals(List.of("reasons"), fields(three));
    }

    @Test
    void overlongEntriesAreRefused() {
        String longSkill = "x".repeat(ProfileValidator.MAX_ITEM_LENGTH + 1);
        assertEquals(List.of("skills[1]"), fields(Profiles.withSkills(List.of(longSkill, "b", "c"))));
    }

    @Test
    void requireValidThrowsWithEveryProblem() {
        InvalidProfileException e = assertThrows(InvalidProfileException.class,
                () -> ProfileValidator.requireValid(Profiles.withSkills(List.of("a"))));
        assertEquals(1, e.problems().size());
        assertTrue(e.getMessage().startsWith("skills: has 1"), e.getMessage());
    }
}
