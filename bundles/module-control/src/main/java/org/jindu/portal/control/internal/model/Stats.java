package org.jindu.portal.control.internal.model;

import java.util.List;
import java.util.Map;

/**
 * Figures without names: counts by status, tier and village, overdue work per village and worker, and per quarter
 * the new files, tests and positive tests.
 */
public record Stats(int persons, Map<String, Long> byStatus, Map<String, Long> byTier, List<Row> byVillage, List<Overdue> overdue,
                    List<Quarter> quarters) {
    /** A village's persons in control and how many have visits or tests overdue. */
    public record Row(String org, String name, long persons, long inCommunity, long overdueVisits, long overdueTests) {
    }

    /** Overdue work of one worker in one grid or village (worker "(未指定)": files without one). */
    public record Overdue(String org, String worker, long visits, long tests) {
    }

    /** One quarter: e.g. 2026-Q3. */
    public record Quarter(String quarter, long registered, long tests, long positive) {
    }
}
