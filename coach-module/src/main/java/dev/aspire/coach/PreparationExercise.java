package dev.aspire.coach;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.Aspiration;
import dev.aspire.core.AspirationKind;
import dev.aspire.core.CandidateProfile;
import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.ProfileValidator;
import dev.aspire.core.TargetJob;
import dev.aspire.core.UnknownIdException;
import dev.aspire.core.answer.AnswerRequest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The five-step preparation exercise as a conversation. Every answer is checked as soon as it is given,
 * by the rules {@link ProfileValidator} applies to a whole profile, and asked again until it passes; the
 * result is a valid profile. The fifth step, practising a first answer, follows in the caller.
 */
public final class PreparationExercise {
    /** The horizon proposed when the person just presses Enter. */
    public static final int DEFAULT_HORIZON_YEARS = 5;
    /** The first answer is the plain question, as the main decision maker hears it. */
    public static final String FIRST_QUESTION = "career-aspirations";
    public static final String FIRST_INTERVIEWER = "hiring-manager";

    @Inject
    public PreparationExercise() {
    }

    /** Runs steps 1 to 4 and returns the profile they produce. */
    public CandidateProfile run(Conversation conversation) {
        requireNonNull(conversation, "conversation is null");
        Asker ask = new Asker(conversation);

        conversation.step("Step 1 of 5: what you bring");
        conversation.tell("Think over your jobs, studies and side projects.");
        String background = ask.text("In one line, what have you done so far", "background", Drafts::background);
        conversation.tell("List the " + range(ProfileValidator.MIN_SKILLS, ProfileValidator.MAX_SKILLS)
                + " main job skills you built or sharpened there, one per line. An empty line ends the list.");
        List<String> skills = ask.list("Skill", "skills", ProfileValidator.MIN_SKILLS, ProfileValidator.MAX_SKILLS,
                Drafts::skills);

        conversation.step("Step 2 of 5: what you care about");
        conversation.tell("List " + range(ProfileValidator.MIN_PASSIONS, ProfileValidator.MAX_PASSIONS)
                + " interests or passions, one per line. An empty line ends the list.");
        List<String> passions = ask.list("Passion", "passions", ProfileValidator.MIN_PASSIONS,
                ProfileValidator.MAX_PASSIONS, Drafts::passions);
        Optional<String> field = fieldOfPassion(conversation, ask, passions);

        conversation.step("Step 3 of 5: your aspiration");
        AspirationAdvisor.Proposal proposal = AspirationAdvisor.propose(background, skills, field);
        conversation.tell("A good answer stands on one kind of aspiration:");
        for (AspirationKind kind : AspirationKind.values()) {
            conversation.tell("  " + (kind.ordinal() + 1) + ". " + kind.id() + ": " + kind.description());
        }
        conversation.tell("From what you wrote, " + article(proposal.kind()) + " " + proposal.kind().id()
                + " aspiration suits you: " + proposal.reason() + ".");
        AspirationKind kind = ask.kind(proposal.kind());
        conversation.tell("Name your goal concretely, as a role or an achievement, for example "
                + "'head of customer care' or 'lead designer for a museum'.");
        String goal = ask.text("Goal", "aspiration.goal", value -> Drafts.goal(kind, value));
        int years = ask.years(kind);
        Aspiration aspiration = new Aspiration(kind, goal, years, field.orElse(""));

        conversation.step("Step 4 of 5: the job and why it fits");
        String title = ask.text("Job title", "job.title", value -> Drafts.job(new TargetJob(value, "-", "-", "")));
        String company = ask.text("Company", "job.company",
                value -> Drafts.job(new TargetJob(title, value, "-", "")));
        String industry = ask.text("Industry", "job.industry",
                value -> Drafts.job(new TargetJob(title, company, value, "")));
        String mission = ask.optional("Its mission in a line (Enter to skip)", "job.mission",
                value -> Drafts.job(new TargetJob(title, company, industry, value)));
        conversation.tell("Give " + range(ProfileValidator.MIN_REASONS, ProfileValidator.MAX_REASONS).replace("-", " or ")
                + " reasons why this role at " + company + " moves you towards your goal, one per line."
                + " An empty line ends the list.");
        List<String> reasons = ask.list("Reason", "reasons", ProfileValidator.MIN_REASONS,
                ProfileValidator.MAX_REASONS, Drafts::reasons);

        return ProfileValidator.requireValid(new CandidateProfile(background, skills, passions, aspiration,
                new TargetJob(title, company, industry, mission), reasons));
    }

    /** What to write the first answer for, once the profile exists: step 5 of the exercise. */
    public AnswerRequest firstAnswer(CandidateProfile profile, DomainCatalogue catalogue) {
        return new AnswerRequest(profile, catalogue.questionVariants().require(FIRST_QUESTION),
                catalogue.interviewerRoles().require(FIRST_INTERVIEWER), Optional.empty(), 0);
    }

    /** Step 2's own question: could one of these passions be the field you work in? */
    private static Optional<String> fieldOfPassion(Conversation conversation, Asker ask, List<String> passions) {
        conversation.tell("Could you see yourself working in the field of one of them?");
        for (int i = 0; i < passions.size(); i++) {
            conversation.tell("  " + (i + 1) + ". " + passions.get(i));
        }
        return ask.choice("Its number, or Enter for none", passions);
    }

    private static String range(int min, int max) {
        return min + "-" + max;
    }

    private static String article(AspirationKind kind) {
        return kind == AspirationKind.INDUSTRY ? "an" : "a";
    }

    /** Asks until an answer passes its check, telling the person what was wrong each time. */
    private static final class Asker {
        private final Conversation conversation;

        Asker(Conversation conversation) {
            this.conversation = conversation;
        }

        String text(String prompt, String field, Function<String, CandidateProfile> draft) {
            while (true) {
                String value = conversation.ask(prompt).strip();
                Optional<String> problem = value.isEmpty()
                        ? Optional.of("an answer is needed here")
                        : Drafts.problem(draft.apply(value), field);
                if (problem.isEmpty()) {
                    return value;
                }
                conversation.correct(prompt + ": " + problem.get());
            }
        }

        String optional(String prompt, String field, Function<String, CandidateProfile> draft) {
            while (true) {
                String value = conversation.ask(prompt).strip();
                Optional<String> problem = Drafts.problem(draft.apply(value), field);
                if (problem.isEmpty()) {
                    return value;
                }
                conversation.correct(prompt + ": " + problem.get());
            }
        }

        List<String> list(String noun, String field, int min, int max, Function<List<String>, CandidateProfile> draft) {
            List<String> items = new ArrayList<>();
            while (items.size() < max) {
                String prompt = noun + " " + (items.size() + 1);
                String value = conversation.ask(prompt).strip();
                if (value.isEmpty()) {
                    if (items.size() >= min) {
                        break;
                    }
                    conversation.correct("List at least " + min + " " + plural(noun, min) + "; you have "
                            + items.size() + " so far.");
                    continue;
                }
                List<String> candidate = new ArrayList<>(items);
                candidate.add(value);
                Optional<String> problem = Drafts.problem(draft.apply(candidate), field + "[" + candidate.size() + "]");
                if (problem.isPresent()) {
                    conversation.correct(prompt + ": " + problem.get());
                } else {
                    items.add(value);
                }
            }
            return List.copyOf(items);
        }

        Optional<String> choice(String prompt, List<String> options) {
            while (true) {
                String value = conversation.ask(prompt).strip();
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                Optional<String> chosen = pick(value, options);
                if (chosen.isPresent()) {
                    return chosen;
                }
                conversation.correct(prompt + ": type a number from 1 to " + options.size() + ", or press Enter for none");
            }
        }

        AspirationKind kind(AspirationKind proposed) {
            String prompt = "Kind of aspiration [" + proposed.id() + "]";
            while (true) {
                String value = conversation.ask(prompt).strip();
                if (value.isEmpty()) {
                    return proposed;
                }
                Optional<String> byNumber = pick(value, AspirationKind.ids());
                try {
                    return AspirationKind.fromId(byNumber.orElse(value));
                } catch (UnknownIdException e) {
                    conversation.correct(prompt + ": " + e.getMessage());
                }
            }
        }

        int years(AspirationKind kind) {
            String prompt = "Years from now [" + DEFAULT_HORIZON_YEARS + "]";
            while (true) {
                String value = conversation.ask(prompt).strip();
                if (value.isEmpty()) {
                    return DEFAULT_HORIZON_YEARS;
                }
                Optional<String> problem;
                int years = 0;
                if (!value.matches("\\d{1,4}")) {
                    problem = Optional.of("type a whole number of years, such as " + DEFAULT_HORIZON_YEARS);
                } else {
                    years = Integer.parseInt(value);
                    problem = Drafts.problem(Drafts.horizon(kind, years), "aspiration.horizonYears");
                }
                if (problem.isEmpty()) {
                    return years;
                }
                conversation.correct(prompt + ": " + problem.get());
            }
        }

        /** The option numbered {@code value} (from 1), or the option written out in full. */
        private static Optional<String> pick(String value, List<String> options) {
            if (value.matches("\\d{1,3}")) {
                int number = Integer.parseInt(value);
                return number >= 1 && number <= options.size() ? Optional.of(options.get(number - 1)) : Optional.empty();
            }
            return options.stream().filter(option -> option.equalsIgnoreCase(value)).findFirst();
        }

        private static String plural(String noun, int count) {
            String lower = noun.toLowerCase(Locale.ROOT);
            return count == 1 ? lower : lower + "s";
        }
    }
}
