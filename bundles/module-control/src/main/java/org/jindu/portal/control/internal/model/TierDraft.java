package org.jindu.portal.control.internal.model;

import java.time.LocalDate;

import org.jindu.portal.control.internal.domain.Tier;

/** A risk-tier change with its reason (CT-3). */
public record TierDraft(Tier tier, LocalDate date, String reason) {
}
