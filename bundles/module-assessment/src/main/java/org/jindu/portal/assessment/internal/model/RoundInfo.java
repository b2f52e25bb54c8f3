package org.jindu.portal.assessment.internal.model;

import java.time.LocalDate;
import java.util.Map;

import org.jindu.portal.assessment.internal.domain.ApplicationState;
import org.jindu.portal.assessment.internal.domain.Level;

/** A creation round with the number of applications in each state (of those the caller may see). */
public record RoundInfo(long id, int year, Level level, long orgNodeId, String orgCode, String orgName, String name,
                        long standardId, String standardCode, int standardVersion, int cycleMonths, LocalDate applyUntil,
                        Map<ApplicationState, Long> counts) {
}
