package org.jindu.portal.control.internal.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A recorded assistance. */
public record AssistanceInfo(long id, long personId, AssistanceKind kind, LocalDate date, String provider, BigDecimal amount,
                             String outcome, String by) {
}
