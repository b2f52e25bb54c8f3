package org.jindu.portal.platform.admin;

import org.jindu.portal.api.org.OrgLevel;

/**
 * Input for creating or changing an org node. The level must be the one below the parent's.
 *
 * @param parentId  parent node (required except for the root)
 * @param code      unique code: letters, digits and '-'
 * @param name      Chinese name
 * @param nameEn    English name (optional)
 * @param level     level of the node
 * @param sortOrder position among its siblings
 */
public record OrgNodeDraft(Long parentId, String code, String name, String nameEn, OrgLevel level, int sortOrder) {
}
