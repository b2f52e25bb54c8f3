package org.jindu.portal.control.internal.model;

import java.time.LocalDateTime;

/** A handover: direction INTERNAL, OUTGOING or INCOMING; state REQUESTED, ACCEPTED, REFUSED or CANCELLED. */
public record HandoverInfo(long id, String reference, Long personId, String personName, String direction, String fromOrg, String fromOrgName,
                           String toOrg, String toOrgName, String externalParty, String reason, String state, String answer,
                           String requestedBy, LocalDateTime requestedAt, String answeredBy, LocalDateTime answeredAt) {
}
