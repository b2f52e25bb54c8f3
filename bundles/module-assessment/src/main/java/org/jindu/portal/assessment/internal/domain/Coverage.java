package org.jindu.portal.assessment.internal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jindu.portal.api.ConflictException;
import org.jindu.portal.api.Text;

/**
 * Coverage of drug-free villages (无毒村居覆盖率, CA-9) and the town rule (§6.3): a town qualifies as 无毒镇街 only when
 * at least 80 % (configurable) of its villages hold the title, on top of passing its own standard.
 */
public final class Coverage {
    /** The plan's threshold for a drug-free town. */
    public static final double TOWN_THRESHOLD = 80;

    private Coverage() {
    }

    /** Percentage, one decimal; 0 for a town without villages. */
    public static double percent(int designated, int villages) {
        if (villages <= 0) {
            return 0;
        }
        return BigDecimal.valueOf(100.0 * designated / villages).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    public static boolean townEligible(int designatedVillages, int villages, double thresholdPercent) {
        return villages > 0 && percent(designatedVillages, villages) >= thresholdPercent;
    }

    /** Refuses the designation of a town below the threshold, saying how far it is. */
    public static void requireTownEligible(int designatedVillages, int villages, double thresholdPercent) {
        if (!townEligible(designatedVillages, villages, thresholdPercent)) {
            double pct = percent(designatedVillages, villages);
            int needed = (int) Math.ceil(villages * thresholdPercent / 100.0) - designatedVillages;
            throw new ConflictException(Text.of(
                    "无毒村居覆盖率 " + pct + "% 未达到 " + thresholdPercent + "%，还需 " + needed + " 个村居获得称号",
                    "Village coverage " + pct + "% is below " + thresholdPercent + "%: " + needed + " more villages need the title"));
        }
    }

    /** Whether the year's target is met. */
    public static boolean targetMet(double coveragePercent, Double targetPercent) {
        return targetPercent == null || coveragePercent >= targetPercent;
    }
}
