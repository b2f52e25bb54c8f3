package org.jindu.portal.control.internal.model;

import java.time.LocalDateTime;

import org.jindu.portal.control.internal.domain.Status;

/** A status change proposed by a violation; state OPEN, ACCEPTED or DISMISSED. */
public record ProposalInfo(long id, long personId, Status proposedStatus, String reason, String state, String decidedBy,
                           LocalDateTime decidedAt, String decisionNote, LocalDateTime createdAt) {
}
