package dev.aspire.scoring;

import dev.aspire.core.scoring.CriterionScore;
import dev.aspire.core.scoring.RedFlag;
import dev.aspire.core.scoring.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-weighs a neutral reading for one interviewer. Each criterion's maximum is scaled by the lens's
 * weight, the maxima are brought back to a total of 100 (largest remainders first, so the total is exact
 * and the result deterministic), and each criterion keeps the same share of its maximum it earned before.
 * Minor flags the lens escalates become major.
 */
final class LensWeighting {
    private LensWeighting() {
    }

    static List<CriterionScore> criteria(List<CriterionScore> neutral, Lens lens) {
        int n = neutral.size();
        double[] weighted = new double[n];
        double total = 0;
        int neutralTotal = 0;
        for (int i = 0; i < n; i++) {
            weighted[i] = neutral.get(i).max() * lens.weight(neutral.get(i).id());
            total += weighted[i];
            neutralTotal += neutral.get(i).max();
        }
        int[] maxima = new int[n];
        double[] remainders = new double[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            double exact = total == 0 ? 0 : weighted[i] * neutralTotal / total;
            maxima[i] = (int) Math.floor(exact);
            remainders[i] = exact - maxima[i];
            given += maxima[i];
        }
        for (int left = neutralTotal - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            maxima[best]++;
            remainders[best] = -1;
        }
        List<CriterionScore> scaled = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CriterionScore c = neutral.get(i);
            int points = c.max() == 0 ? 0 : (int) Math.round((double) c.points() * maxima[i] / c.max());
            scaled.add(new CriterionScore(c.id(), Math.min(points, maxima[i]), maxima[i], c.evidence(), c.advice()));
        }
        return scaled;
    }

    static List<RedFlag> flags(List<RedFlag> neutral, Lens lens) {
        if (lens.escalate().isEmpty()) {
            return neutral;
        }
        List<RedFlag> heard = new ArrayList<>(neutral.size());
        for (RedFlag flag : neutral) {
            heard.add(flag.severity() == Severity.MINOR && lens.escalate().contains(flag.code())
                    ? new RedFlag(flag.code(), Severity.MAJOR, flag.span(), flag.advice(), flag.rewrite())
                    : flag);
        }
        return heard;
    }
}
