package org.jindu.portal.platform.admin;

import org.jindu.portal.api.org.UnitKind;

/**
 * Input for creating or changing a member unit.
 *
 * @param code      unique code: upper-case letters, digits and '_'
 * @param name      Chinese name
 * @param nameEn    English name (optional)
 * @param orgNodeId the node the unit works in
 * @param kind      what kind of agency it is (optional: {@link UnitKind#OTHER}); need-to-know permissions go by kind
 */
public record UnitDraft(String code, String name, String nameEn, long orgNodeId, UnitKind kind) {
    public UnitDraft(String code, String name, String nameEn, long orgNodeId) {
        this(code, name, nameEn, orgNodeId, null);
    }
}
