package org.jindu.portal.api.org;

import java.io.Serializable;
import java.util.Objects;

/**
 * A member unit of the drug-control commission (禁毒委成员单位), e.g. the police station (派出所). The town's
 * drug-control office (镇禁毒办) is a unit too. Each unit enables the installed modules it needs.
 *
 * @param id        database id
 * @param code      stable code, e.g. {@code POLICE}
 * @param name      Chinese name
 * @param nameEn    English name
 * @param orgNodeId the org node the unit works in (usually the town)
 */
public record MemberUnit(long id, String code, String name, String nameEn, long orgNodeId) implements Serializable {
    public MemberUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        nameEn = nameEn == null || nameEn.isBlank() ? name : nameEn;
    }

    public String name(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : name;
    }
}
