package org.jindu.portal.api;

import java.util.Locale;

/**
 * The portal's roles. Which permissions a role holds is data (modules declare default roles for their
 * permissions; administrators may change the grants); the set of roles itself is fixed.
 */
public enum Role {
    /** 系统管理员: users, org tree, modules, audit log. */
    SYSTEM_ADMIN("系统管理员", "System administrator"),
    /** 镇禁毒办工作人员: runs the programme for the whole town. */
    OFFICE_STAFF("禁毒办工作人员", "Drug-control office staff"),
    /** 成员单位工作人员: police, education, market supervision … works in its own area. */
    UNIT_STAFF("成员单位工作人员", "Member-unit staff"),
    /**
     * 成员单位管理员: for his own member unit(s), enables the modules the system administrator offered to units and
     * manages the unit's staff accounts.
     */
    UNIT_ADMIN("成员单位管理员", "Member-unit administrator"),
    /** 村居工作人员: records the work of one village or community. */
    VILLAGE_STAFF("村居工作人员", "Village/community staff"),
    /** 考评人员: scores villages against the standard. */
    ASSESSOR("考评人员", "Assessor"),
    /** 领导(只读): dashboards and reports, read only. */
    LEADER("领导(只读)", "Leader (read-only)");

    private final Text label;

    Role(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }

    public String label(Locale locale) {
        return label.get(locale);
    }
}
