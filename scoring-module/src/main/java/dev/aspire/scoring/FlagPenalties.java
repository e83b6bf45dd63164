package dev.aspire.scoring;

import dev.aspire.core.scoring.CriterionScore;
import dev.aspire.core.scoring.RedFlag;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the red flags raised in an answer take from the built-in criteria. A flag that contradicts a criterion
 * takes all its points; a minor one may dent it. The criterion's advice then names the flag, so the lost points
 * are explained where they are counted.
 *
 * <p>Which rule cancels or charges which criterion, and the advice that says so, are worked out once per
 * lexicon: about one answer in four raises a flag, and each would otherwise look them up by name again.
 */
final class FlagPenalties {
    /** A red flag's rule by its code, as an index into the tables below. */
    private final Map<String, Integer> ruleByCode = new HashMap<>();
    private final int ruleCount;
    /** Per rule, per criterion (in the order given): whether it takes every point. */
    private final boolean[][] cancels;
    /** Per rule, per criterion: whether it names a cost there, and how many points. */
    private final boolean[][] charges;
    private final int[][] costs;
    /** Per rule, the advice a criterion gives when the rule cancels it, or costs it points. */
    private final String[] cancelAdvice;
    private final String[] costAdvice;

    /** The penalties the lexicon's {@code rules} set for the criteria with these ids, in this order. */
    FlagPenalties(List<FlagRule> rules, List<String> criterionIds) {
        ruleCount = rules.size();
        int criteria = criterionIds.size();
        cancels = new boolean[ruleCount][criteria];
        charges = new boolean[ruleCount][criteria];
        costs = new int[ruleCount][criteria];
        cancelAdvice = new String[ruleCount];
        costAdvice = new String[ruleCount];
        for (int r = 0; r < ruleCount; r++) {
            FlagRule rule = rules.get(r);
            ruleByCode.put(rule.code(), r);
            for (int c = 0; c < criteria; c++) {
                String id = criterionIds.get(c);
                cancels[r][c] = rule.cancels().contains(id);
                Integer cost = rule.costs().get(id);
                charges[r][c] = cost != null;
                costs[r][c] = cost == null ? 0 : cost;
            }
            cancelAdvice[r] = "No points while " + rule.code() + " stands: " + rule.advice();
            costAdvice[r] = rule.code() + " costs points here: " + rule.advice();
        }
    }

    /**
     * The criteria's scores once {@code flags} have taken their points. The first flag to cancel or charge a
     * criterion is the one named; a flag raised at several places charges once. {@code criteria} are the
     * criteria's scores, in the order given at construction; they are replaced in place.
     */
    CriterionScore[] apply(CriterionScore[] criteria, List<RedFlag> flags) {
        if (flags.isEmpty()) {
            return criteria;
        }
        int n = criteria.length;
        int[] cancelledBy = new int[n];
        int[] costBy = new int[n];
        int[] cost = new int[n];
        Arrays.fill(cancelledBy, -1);
        Arrays.fill(costBy, -1);
        boolean[] charged = new boolean[ruleCount];
        for (RedFlag flag : flags) {
            int r = ruleByCode.get(flag.code());
            for (int c = 0; c < n; c++) {
                if (cancelledBy[c] < 0 && cancels[r][c]) {
                    cancelledBy[c] = r;
                }
            }
            if (!charged[r]) {
                charged[r] = true;
                for (int c = 0; c < n; c++) {
                    if (charges[r][c]) {
                        cost[c] += costs[r][c];
                        if (costBy[c] < 0) {
                            costBy[c] = r;
                        }
                    }
                }
            }
        }
        for (int c = 0; c < n; c++) {
            CriterionScore score = criteria[c];
            if (cancelledBy[c] >= 0 && score.points() > 0) {
                criteria[c] = new CriterionScore(score.id(), 0, score.max(), score.evidence(),
                        cancelAdvice[cancelledBy[c]]);
            } else if (cost[c] > 0 && score.points() > 0) {
                criteria[c] = new CriterionScore(score.id(), Math.max(0, score.points() - cost[c]), score.max(),
                        score.evidence(), costAdvice[costBy[c]]);
            }
        }
        return criteria;
    }
}
