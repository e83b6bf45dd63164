package dev.aspire.scoring;

import dev.aspire.core.scoring.Severity;
import java.util.List;
import java.util.Map;

/**
 * The shape of a scoring lexicon file. Every section is optional, so a pack or plugin can ship a file that
 * only adds phrases to an archetype or a lens for its own interviewer role. Phrases use
 * {@link PatternSyntax}: {@code (a|b)} for a choice, {@code [x]} for an optional part.
 *
 * @param signals    named groups of phrases, with the context rules that decide when a match counts
 * @param flags      red flags and the signals that raise them
 * @param archetypes per archetype id, phrases typical of answers built on it
 * @param lenses     how each interviewer role weighs the criteria
 */
record LexiconFile(List<SignalSpec> signals, List<FlagSpec> flags, Map<String, List<String>> archetypes,
                   List<LensSpec> lenses) {
    LexiconFile {
        signals = signals == null ? List.of() : List.copyOf(signals);
        flags = flags == null ? List.of() : List.copyOf(flags);
        archetypes = archetypes == null ? Map.of() : archetypes;
        lenses = lenses == null ? List.of() : List.copyOf(lenses);
    }

    /**
     * A named group of phrases that mean the same thing in an answer.
     *
     * @param id            stable id, referred to by flags, rules and the criteria
     * @param cue           set when the signal is a cue of the context rules rather than a thing said:
     *                      {@code negation} ("not", "no plans to") cancels what follows it,
     *                      {@code negation-after} ("is not my plan") what comes before it,
     *                      {@code distancing} ("I used to") sets what follows in the past, and
     *                      {@code scope-break} ("but", "because") ends the reach of the others
     * @param phrases       the ways of saying it
     * @param negatable     whether "not", "never", "no plans to" before it (or "is not my plan" after it)
     *                      cancel it; true unless said otherwise
     * @param distanceable  whether "I used to", "at one point" before it set it in the past; true unless
     *                      said otherwise
     * @param pastCancels   whether a match told in the past ("I left", "I started") does not count
     * @param pastOnly      whether only a match told in the past counts ("thought about", not "think about")
     * @param vetoes        signals whose phrases give the same words another sense ("leave a mark")
     * @param needs         it only counts in a sentence that also has one of these signals
     * @param unless        it does not count in a sentence that also has one of these signals
     * @param unlessJob     it does not count when the job applied for (title, industry, company or mission)
     *                      has one of these words, because there the words are the work itself
     */
    record SignalSpec(String id, String cue, List<String> phrases, Boolean negatable, Boolean distanceable,
                      Boolean pastCancels, Boolean pastOnly, List<String> vetoes, List<String> needs, List<String> unless,
                      List<String> unlessJob) {
        SignalSpec {
            phrases = phrases == null ? List.of() : List.copyOf(phrases);
            vetoes = vetoes == null ? List.of() : List.copyOf(vetoes);
            needs = needs == null ? List.of() : List.copyOf(needs);
            unless = unless == null ? List.of() : List.copyOf(unless);
            unlessJob = unlessJob == null ? List.of() : List.copyOf(unlessJob);
        }
    }

    /**
     * A kind of red flag and how it is raised.
     *
     * @param code     stable code, e.g. {@code LEAVING_SOON}
     * @param severity major or minor
     * @param summary  what it means, in one sentence
     * @param signals  the signals that raise it
     * @param minCount how many matches it takes (hedges and fillers only matter when they pile up)
     * @param advice   what to do instead
     * @param rewrite  a replacement sentence; {@code {role}} and {@code {company}} are filled from the job
     * @param cancels  criteria this flag takes every point from, because the flag contradicts them
     * @param costs    per criterion, points this flag takes away (for minor flags, which only dent a criterion)
     * @param impliesGoal whether raising it shows the answer does state an aspiration, a wrong one (own
     *                 business, grad school), so that NO_GOAL is not raised beside it
     */
    record FlagSpec(String code, Severity severity, String summary, List<String> signals, Integer minCount,
                    String advice, String rewrite, List<String> cancels, Map<String, Integer> costs,
                    Boolean impliesGoal) {
        FlagSpec {
            signals = signals == null ? List.of() : List.copyOf(signals);
            cancels = cancels == null ? List.of() : List.copyOf(cancels);
            costs = costs == null ? Map.of() : Map.copyOf(costs);
        }
    }

    /**
     * How one interviewer role hears an answer.
     *
     * @param role     the interviewer role's id
     * @param reason   why this listener's score differs from the neutral reading
     * @param weights  per criterion id, how much more (above 1) or less (below 1) it counts
     * @param escalate minor flag codes this listener treats as major
     */
    record LensSpec(String role, String reason, Map<String, Double> weights,
                    List<String> escalate) {
        LensSpec {
            weights = weights == null ? Map.of() : weights;
            escalate = escalate == null ? List.of() : List.copyOf(escalate);
        }
    }
}
