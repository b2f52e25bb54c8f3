package org.jindu.portal.api.org;

import java.io.Serializable;
import java.util.Objects;

/**
 * One node of the organisation tree, as an immutable value.
 *
 * @param id       database id
 * @param parentId the parent's id, {@code null} for the root
 * @param code     stable code used by other agencies (e.g. {@code GW-DC} for a village)
 * @param name     Chinese name
 * @param nameEn   English name (may equal the Chinese one)
 * @param level    level in the tree
 */
public record OrgNode(long id, Long parentId, String code, String name, String nameEn, OrgLevel level)
        implements Serializable {

    public OrgNode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        nameEn = nameEn == null || nameEn.isBlank() ? name : nameEn;
    }

    public String name(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : name;
    }
}
