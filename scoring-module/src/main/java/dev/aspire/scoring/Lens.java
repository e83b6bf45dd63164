package dev.aspire.scoring;

import java.util.Map;
import java.util.Set;

/**
 * How one interviewer hears an answer: some criteria count more, some less, and some minor flags weigh as
 * major. A role that no lexicon describes (one a plugin added) gets the neutral lens.
 *
 * @param role     the interviewer role's id
 * @param reason   why this listener's score differs from the neutral reading
 * @param weights  per criterion id, a factor; missing criteria count 1
 * @param escalate minor flag codes this listener treats as major
 */
record Lens(String role, String reason, Map<String, Double> weights, Set<String> escalate) {
    static Lens neutral(String role) {
        return new Lens(role, "no lens is defined for this role, so it hears the answer the neutral way",
                Map.of(), Set.of());
    }

    double weight(String criterion) {
        return weights.getOrDefault(criterion, 1.0);
    }
}
