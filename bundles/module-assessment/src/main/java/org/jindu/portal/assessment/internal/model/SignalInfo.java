package org.jindu.portal.assessment.internal.model;

import java.time.LocalDateTime;

/** A signal for the annual review from another module, e.g. a wastewater alert. */
public record SignalInfo(long id, long orgNodeId, String orgName, int year, String source, String level, String detail,
                         LocalDateTime receivedAt) {
}
