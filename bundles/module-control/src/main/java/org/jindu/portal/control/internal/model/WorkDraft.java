package org.jindu.portal.control.internal.model;

import java.time.LocalDate;

import org.jindu.portal.control.internal.domain.Violation;

/** A work record: a visit or talk, a test with its result and who tested, or a violation (CT-4). */
public record WorkDraft(WorkKind kind, LocalDate date, TestResult result, Violation violation, String testedBy, String note) {
}
