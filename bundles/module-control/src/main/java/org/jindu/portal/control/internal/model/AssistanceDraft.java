package org.jindu.portal.control.internal.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Assistance given: the kind, date, provider, the amount of a subsidy (yuan) and the outcome. */
public record AssistanceDraft(AssistanceKind kind, LocalDate date, String provider, BigDecimal amount, String outcome) {
}
