package org.jindu.portal.control.internal.model;

import java.time.LocalDate;

import org.jindu.portal.control.internal.domain.Status;

/** A status change with its date and legal basis (CT-2). */
public record StatusDraft(Status status, LocalDate date, String legalBasis, String note) {
}
