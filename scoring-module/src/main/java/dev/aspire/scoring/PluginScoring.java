package dev.aspire.scoring;

import dev.aspire.core.plugin.ArchetypeSignal;
import dev.aspire.core.plugin.RedFlagDetector;
import dev.aspire.core.plugin.ScoringCriterion;
import dev.aspire.core.scoring.CriterionScore;
import dev.aspire.core.scoring.RedFlag;
import dev.aspire.core.scoring.RedFlagKind;
import dev.aspire.core.scoring.ScoringRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What plugins add to scoring: archetype signals that count as evidence for their archetype, criteria that
 * score after the built-in ones, and red-flag detectors that run after the built-in rules. Plugins arrive
 * already vetted (unique ids, contracts wrapped), so this class only combines their results.
 */
final class PluginScoring {
    private static final Comparator<RedFlag> BY_START = Comparator.comparingInt(RedFlag::start);

    private final List<ScoringCriterion> criteria;
    private final List<RedFlagDetector> detectors;
    private final List<ArchetypeSignal> signals;

    PluginScoring(List<ScoringCriterion> criteria, List<RedFlagDetector> detectors, List<ArchetypeSignal> signals) {
        this.criteria = List.copyOf(criteria);
        this.detectors = List.copyOf(detectors);
        this.signals = List.copyOf(signals);
    }

    boolean isEmpty() {
        return criteria.isEmpty() && detectors.isEmpty() && signals.isEmpty();
    }

    /** How many places in the answer each signalled archetype can point to. */
    Map<String, Integer> archetypeEvidence(ScoringRequest request) {
        Map<String, Integer> evidence = new HashMap<>();
        for (ArchetypeSignal signal : signals) {
            evidence.merge(signal.archetype(), signal.find(request).size(), Integer::sum);
        }
        return evidence;
    }

    /** The contributed criteria that apply to an answer of {@code archetype}, after {@code builtIn}. */
    List<CriterionScore> addCriteria(List<CriterionScore> builtIn, String archetype, ScoringRequest request) {
        List<CriterionScore> all = new ArrayList<>(builtIn);
        for (ScoringCriterion criterion : criteria) {
            if (criterion.archetype().map(archetype::equals).orElse(true)) {
                all.add(criterion.score(request));
            }
        }
        return all;
    }

    /** The built-in flags and the detectors' flags, in the order they appear in the answer. */
    List<RedFlag> addFlags(List<RedFlag> builtIn, ScoringRequest request) {
        if (detectors.isEmpty()) {
            return builtIn;
        }
        List<RedFlag> all = new ArrayList<>(builtIn);
        for (RedFlagDetector detector : detectors) {
            all.addAll(detector.detect(request));
        }
        all.sort(BY_START);
        return all;
    }

    /** The contributed criteria's ids, whether or not they apply to a given answer. */
    List<String> criterionIds() {
        List<String> ids = new ArrayList<>();
        criteria.forEach(criterion -> ids.add(criterion.id()));
        return ids;
    }

    List<RedFlagKind> addKinds(List<RedFlagKind> builtIn) {
        List<RedFlagKind> all = new ArrayList<>(builtIn);
        detectors.forEach(detector -> all.addAll(detector.kinds()));
        return all;
    }
}
