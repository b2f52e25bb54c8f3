package org.jindu.portal.control.internal.model;

/**
 * A handover request: to a village (or town) of this portal by org code, or to another agency named in
 * {@code externalParty} (it answers over the exchange).
 */
public record HandoverDraft(long personId, String toOrg, String externalParty, String reason) {
}
