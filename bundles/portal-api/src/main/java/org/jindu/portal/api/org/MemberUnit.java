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
 * @param kind      what kind of agency it is (need-to-know permissions go by kind)
 */
public record MemberUnit(long id, String code, String name, String nameEn, long orgNodeId, UnitKind kind) implements Serializable {
    public MemberUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        nameEn = nameEn == null || nameEn.isBlank() ? name : nameEn;
        kind = kind == null ? UnitKind.OTHER : kind;
    }

    /** A unit of kind {@link UnitKind#OTHER} (the form before kinds existed). */
    public MemberUnit(long id, String code, String name, String nameEn, long orgNodeId) {
        this(id, code, name, nameEn, orgNodeId, UnitKind.OTHER);
    }

    public String name(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : name;
    }
}
