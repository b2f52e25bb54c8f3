package org.jindu.portal.control.internal.model;

import java.time.LocalDate;

import org.jindu.portal.control.internal.domain.Status;
import org.jindu.portal.control.internal.domain.Tier;
import org.jindu.portal.control.internal.domain.Violation;

/** A recorded work item with what it triggered: the tier after it and a proposed status, if any. */
public record WorkInfo(long id, long personId, WorkKind kind, LocalDate date, TestResult result, Violation violation, String testedBy,
                       String note, String by, Tier tierAfter, Status proposedStatus, String advice) {
}
