package dev.aspire.core;

import java.util.List;
import java.util.stream.Collectors;

/** A profile that cannot be used, with every problem found in it. */
public final class InvalidProfileException extends IllegalArgumentException {
    private final List<ProfileProblem> problems;

    public InvalidProfileException(List<ProfileProblem> problems) {
        super(problems.stream().map(ProfileProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<ProfileProblem> problems() {
        return problems;
    }
}
