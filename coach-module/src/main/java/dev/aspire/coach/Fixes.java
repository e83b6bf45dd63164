package dev.aspire.coach;

import dev.aspire.core.scoring.CriterionScore;
import dev.aspire.core.scoring.RedFlag;
import dev.aspire.core.scoring.ScoreReport;
import dev.aspire.core.scoring.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Ranks what to fix in an answer by what it is worth: a major red flag can cost the offer whatever the
 * points say, so those come first; then the criteria that lost the most points; then minor red flags.
 */
final class Fixes {
    private Fixes() {
    }

    static List<Fix> mostValuable(ScoreReport report, int limit) {
        List<Fix> ranked = new ArrayList<>();
        Set<String> flagCodes = new HashSet<>();
        for (RedFlag flag : report.flags()) {
            if (flag.severity() == Severity.MAJOR && flagCodes.add(flag.code())) {
                ranked.add(fix(flag));
            }
        }
        report.criteria().stream()
                .filter(criterion -> criterion.points() < criterion.max())
                // A stable sort keeps the scorer's own order among criteria that lost as much.
                .sorted(Comparator.comparingInt((CriterionScore criterion) -> criterion.max() - criterion.points())
                        .reversed())
                .map(Fixes::fix)
                .forEach(ranked::add);
        for (RedFlag flag : report.flags()) {
            if (flag.severity() == Severity.MINOR && flagCodes.add(flag.code())) {
                ranked.add(fix(flag));
            }
        }
        return List.copyOf(ranked.subList(0, Math.min(limit, ranked.size())));
    }

    private static Fix fix(RedFlag flag) {
        return new Fix(flag.code(), flag.advice(), 0, 0, Optional.of(flag.severity()), Optional.of(flag.span()),
                flag.rewrite());
    }

    private static Fix fix(CriterionScore criterion) {
        return new Fix(criterion.id(), criterion.advice(), criterion.max() - criterion.points(), criterion.max(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
