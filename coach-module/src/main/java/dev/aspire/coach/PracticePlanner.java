package dev.aspire.coach;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.DomainCatalogue;
import dev.aspire.core.InterviewerRole;
import dev.aspire.core.QuestionVariant;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Plans practice rounds so that they vary: the question forms and the interviewers are each shuffled once
 * and then taken in turn, so no form or interviewer comes back before all the others have had a turn.
 * The same seed always gives the same rounds.
 */
public final class PracticePlanner {
    public static final int MAX_ROUNDS = 20;

    private final DomainCatalogue catalogue;

    @Inject
    public PracticePlanner(DomainCatalogue catalogue) {
        this.catalogue = requireNonNull(catalogue, "catalogue is null");
    }

    /** {@code rounds} rounds (1 to {@link #MAX_ROUNDS}) drawn with {@code seed}. */
    public List<PracticeRound> plan(int rounds, long seed) {
        if (rounds < 1 || rounds > MAX_ROUNDS) {
            throw new IllegalArgumentException("rounds must be 1-" + MAX_ROUNDS + ", was " + rounds);
        }
        // java.util.Random's sequence for a seed is fixed by its specification, so plans repeat on any JVM.
        Random random = new Random(seed);
        List<QuestionVariant> questions = shuffled(catalogue.questionVariants().all(), random);
        List<InterviewerRole> interviewers = shuffled(catalogue.interviewerRoles().all(), random);
        List<PracticeRound> plan = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            plan.add(new PracticeRound(i + 1, questions.get(i % questions.size()),
                    interviewers.get(i % interviewers.size())));
        }
        return List.copyOf(plan);
    }

    private static <T> List<T> shuffled(List<T> entries, Random random) {
        List<T> copy = new ArrayList<>(entries);
        Collections.shuffle(copy, random);
        return copy;
    }
}
