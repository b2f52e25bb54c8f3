package org.jindu.portal.assessment.internal.model;

import java.time.LocalDate;

import org.jindu.portal.assessment.internal.domain.Titles;

/**
 * Revocation of a title (取消称号).
 *
 * @param reason      one of the plan's reasons
 * @param note        what happened (required except for two consecutive yellow cards, which the reviews show)
 * @param effectiveOn date of the decision (default today)
 */
public record RevocationDraft(Titles.RevocationReason reason, String note, LocalDate effectiveOn) {
}
