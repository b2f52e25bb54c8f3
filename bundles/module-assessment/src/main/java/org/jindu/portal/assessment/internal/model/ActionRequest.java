package org.jindu.portal.assessment.internal.model;

import java.time.LocalDate;

import org.jindu.portal.api.rest.Doc;
import org.jindu.portal.assessment.internal.domain.Action;
import org.jindu.portal.assessment.internal.domain.SupervisionRating;

/**
 * One step of the procedure.
 *
 * @param action      what to do
 * @param reason      the reason (required to reject, decline or disqualify; for SUPERVISE the opinion; for
 *                    DISQUALIFY the notice)
 * @param effectiveOn the date of the decision (defaults to today; not in the future, not before the previous step),
 *                    so that decisions taken on paper can be recorded afterwards with their real date
 * @param rating      the supervision rating (SUPERVISE only)
 */
public record ActionRequest(Action action, @Doc("理由、意见或通报 / reason, opinion or notice") String reason,
                            @Doc("决定日期，默认今天 / date of the decision, default today") LocalDate effectiveOn,
                            SupervisionRating rating) {
}
