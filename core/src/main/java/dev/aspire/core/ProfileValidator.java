package dev.aspire.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The rules of a usable profile, from the preparation exercise: 3-5 skills, 3-5 passions, 1-2 reasons, a job. */
public final class ProfileValidator {
    public static final int MIN_SKILLS = 3;
    public static final int MAX_SKILLS = 5;
    public static final int MIN_PASSIONS = 3;
    public static final int MAX_PASSIONS = 5;
    public static final int MIN_REASONS = 1;
    public static final int MAX_REASONS = 2;
    public static final int MIN_HORIZON_YEARS = 1;
    public static final int MAX_HORIZON_YEARS = 30;
    /** Long enough for a phrase, short enough to read aloud inside an answer. */
    public static final int MAX_ITEM_LENGTH = 80;
    public static final int MAX_SENTENCE_LENGTH = 300;

    private ProfileValidator() {
    }

    /** Every problem in the profile, in field order; empty when the profile is usable. */
    public static List<ProfileProblem> problems(CandidateProfile profile) {
        List<ProfileProblem> problems = new ArrayList<>();
        text(problems, "background", profile.background(), MAX_SENTENCE_LENGTH,
                "write a line about your past work or study");
        items(problems, "skills", profile.skills(), MIN_SKILLS, MAX_SKILLS, MAX_ITEM_LENGTH, "job skills");
        items(problems, "passions", profile.passions(), MIN_PASSIONS, MAX_PASSIONS, MAX_ITEM_LENGTH,
                "interests or passions");
        aspiration(problems, profile.aspiration());
        job(problems, profile.job());
        items(problems, "reasons", profile.reasons(), MIN_REASONS, MAX_REASONS, MAX_SENTENCE_LENGTH,
                "reasons why this role and company support your aspiration");
        return List.copyOf(problems);
    }

    /** Returns the profile when it is usable, else throws with every problem found. */
    public static CandidateProfile requireValid(CandidateProfile profile) {
        List<ProfileProblem> problems = problems(profile);
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
        return profile;
    }

    private static void aspiration(List<ProfileProblem> problems, Aspiration aspiration) {
        if (aspiration == null) {
            problems.add(new ProfileProblem("aspiration",
                    "missing; give its kind (" + String.join(", ", AspirationKind.ids()) + "), goal and horizonYears"));
            return;
        }
        if (aspiration.kind() == null) {
            problems.add(new ProfileProblem("aspiration.kind",
                    "missing; choose one of " + String.join(", ", AspirationKind.ids())));
        }
        text(problems, "aspiration.goal", aspiration.goal(), MAX_ITEM_LENGTH,
                "name a concrete target, such as 'marketing manager'");
        Integer years = aspiration.horizonYears();
        if (years == null) {
            problems.add(new ProfileProblem("aspiration.horizonYears",
                    "missing; say how many years ahead the goal lies (" + MIN_HORIZON_YEARS + "-" + MAX_HORIZON_YEARS + ")"));
        } else if (years < MIN_HORIZON_YEARS || years > MAX_HORIZON_YEARS) {
            problems.add(new ProfileProblem("aspiration.horizonYears",
                    years + " is out of range; use " + MIN_HORIZON_YEARS + "-" + MAX_HORIZON_YEARS + " years"));
        }
        if (aspiration.theme().length() > MAX_ITEM_LENGTH) {
            problems.add(tooLong("aspiration.theme", MAX_ITEM_LENGTH));
        } else {
            controlCharacter(problems, "aspiration.theme", aspiration.theme());
        }
    }

    private static void job(List<ProfileProblem> problems, TargetJob job) {
        if (job == null) {
            problems.add(new ProfileProblem("job", "missing; give the title, company and industry of the job"));
            return;
        }
        text(problems, "job.title", job.title(), MAX_ITEM_LENGTH, "give the job's title");
        text(problems, "job.company", job.company(), MAX_ITEM_LENGTH, "give the company's name");
        text(problems, "job.industry", job.industry(), MAX_ITEM_LENGTH, "give the company's industry");
        if (job.mission().length() > MAX_SENTENCE_LENGTH) {
            problems.add(tooLong("job.mission", MAX_SENTENCE_LENGTH));
        } else {
            controlCharacter(problems, "job.mission", job.mission());
        }
    }

    private static void text(List<ProfileProblem> problems, String field, String value, int maxLength, String hint) {
        if (Text.isBlank(value)) {
            problems.add(new ProfileProblem(field, "missing; " + hint));
        } else if (value.length() > maxLength) {
            problems.add(tooLong(field, maxLength));
        } else {
            controlCharacter(problems, field, value);
        }
    }

    private static void items(List<ProfileProblem> problems, String field, List<String> values,
                              int min, int max, int maxLength, String what) {
        if (values.size() < min || values.size() > max) {
            problems.add(new ProfileProblem(field, "has " + values.size() + "; list " + min + "-" + max + " " + what));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            String at = field + "[" + (i + 1) + "]";
            if (Text.isBlank(value)) {
                problems.add(new ProfileProblem(at, "is empty; write it out or remove it"));
            } else if (value.strip().length() > maxLength) {
                problems.add(tooLong(at, maxLength));
            } else if (!seen.add(value.strip().toLowerCase(Locale.ROOT))) {
                // Quoted on one line: the problems of a profile are reported together as one line.
                problems.add(new ProfileProblem(at, "'" + value.strip().replaceAll("\\s+", " ")
                        + "' is listed twice; list different ones"));
            } else {
                controlCharacter(problems, at, value);
            }
        }
    }

    /**
     * Values are printed into answers, sheets and terminals; an escape or other control character (pasted by
     * accident, or planted) would garble them or drive the terminal, so it is refused. Tabs and line breaks
     * are only spacing.
     */
    private static void controlCharacter(List<ProfileProblem> problems, String field, String value) {
        value.chars().filter(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r').findFirst()
                .ifPresent(c -> problems.add(new ProfileProblem(field, String.format(
                        "contains the control character U+%04X; delete it (it may have come with pasted text)", c))));
    }

    private static ProfileProblem tooLong(String field, int maxLength) {
        return new ProfileProblem(field, "is longer than " + maxLength + " characters; shorten it");
    }
}
