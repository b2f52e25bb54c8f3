package org.jindu.portal.platform.admin;

/**
 * Input for creating or changing a member unit.
 *
 * @param code      unique code: upper-case letters, digits and '_'
 * @param name      Chinese name
 * @param nameEn    English name (optional)
 * @param orgNodeId the node the unit works in
 */
public record UnitDraft(String code, String name, String nameEn, long orgNodeId) {
}
