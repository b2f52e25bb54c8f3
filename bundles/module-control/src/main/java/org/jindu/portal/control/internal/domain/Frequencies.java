package org.jindu.portal.control.internal.domain;

import java.util.EnumMap;
import java.util.Map;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.ValidationException;

/**
 * How often a person of each tier must be visited and tested (CT-3), in days between two of them. Configured as
 * {@code A:7:30,B:14:60,C1:30:90,C2:90:180} (tier, visit interval, test interval).
 */
public final class Frequencies {
    /** The default table: A weekly visits and monthly tests, down to C2 quarterly visits and half-yearly tests. */
    public static final String DEFAULT = "A:7:30,B:14:60,C1:30:90,C2:90:180";

    /** Days between visits and between tests. */
    public record Frequency(int visitDays, int testDays) {
    }

    private final Map<Tier, Frequency> table;

    private Frequencies(Map<Tier, Frequency> table) {
        this.table = table;
    }

    public static Frequencies defaults() {
        return parse(DEFAULT);
    }

    /** Parses the configured table; every tier must be given, with intervals of 1 to 366 days. */
    public static Frequencies parse(String spec) {
        Map<Tier, Frequency> table = new EnumMap<>(Tier.class);
        for (String part : (spec == null ? "" : spec).split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] f = part.strip().split(":");
            try {
                Tier tier = Tier.valueOf(f[0].strip());
                int visit = Integer.parseInt(f[1].strip());
                int test = Integer.parseInt(f[2].strip());
                if (f.length != 3 || visit < 1 || visit > 366 || test < 1 || test > 366) {
                    throw new IllegalArgumentException();
                }
                table.put(tier, new Frequency(visit, test));
            } catch (RuntimeException e) {
                throw ValidationException.of("frequencies", Text.of("走访检测频次格式应为 等级:走访间隔天数:检测间隔天数，错误项：" + part.strip(),
                        "frequencies must read tier:visit days:test days; wrong entry: " + part.strip()));
            }
        }
        for (Tier t : Tier.values()) {
            if (!table.containsKey(t)) {
                throw ValidationException.of("frequencies", Text.of("缺少等级 " + t.name() + " 的走访检测频次",
                        "the frequencies of tier " + t.name() + " are missing"));
            }
        }
        return new Frequencies(table);
    }

    public Frequency of(Tier tier) {
        return table.get(tier);
    }
}
