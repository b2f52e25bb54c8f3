package org.jindu.portal.control.internal.service;

import java.util.List;

import org.jindu.portal.api.Role;
import org.jindu.portal.api.module.PermissionDef;
import org.jindu.portal.api.org.UnitKind;

/**
 * The module's permissions with their default roles. Person files are need-to-know: leaders see figures only, and
 * among member units only the office and the police see ID numbers and phones in full or change a legal status
 * (justice and social affairs staff read and record work with masked identities). Administrators may change both the
 * roles and the unit kinds.
 */
public final class Permissions {
    public static final String MODULE = "control";

    /** Person files of the user's area (ID numbers and phones masked), with their work records. */
    public static final String READ = "control.read";
    /** Full ID numbers and phones; every full view is audited. */
    public static final String IDENTIFY = "control.identify";
    /** Create and update person files, record work, tiers, searches, duties and assistance. */
    public static final String EDIT = "control.edit";
    /** Change a person's status (a legal decision) and decide proposals. */
    public static final String STATUS = "control.status";
    /** Request and answer handovers between jurisdictions. */
    public static final String HANDOVER = "control.handover";
    /** Counts and charts without names. */
    public static final String STATS = "control.stats";
    /** Export lists (masked unless the user may identify). */
    public static final String EXPORT = "control.export";
    /** Other agencies: query a person's control status by exact ID number, exchange handovers. */
    public static final String EXCHANGE = "control.exchange";

    private Permissions() {
    }

    public static List<PermissionDef> all() {
        return List.of(
                PermissionDef.of(READ, "查看本辖区人员档案 (证件号脱敏)", "Read person files of one's area (IDs masked)",
                        Role.OFFICE_STAFF, Role.UNIT_STAFF, Role.VILLAGE_STAFF),
                PermissionDef.of(IDENTIFY, "查看完整身份证号和电话", "See full ID numbers and phones", Role.OFFICE_STAFF, Role.UNIT_STAFF)
                        .onlyForUnits(UnitKind.OFFICE, UnitKind.POLICE),
                PermissionDef.of(EDIT, "建档、记录走访检测和帮扶", "Create files, record visits, tests and assistance",
                        Role.OFFICE_STAFF, Role.UNIT_STAFF, Role.VILLAGE_STAFF),
                PermissionDef.of(STATUS, "变更管控状态、处理建议", "Change control status, decide proposals", Role.OFFICE_STAFF, Role.UNIT_STAFF)
                        .onlyForUnits(UnitKind.OFFICE, UnitKind.POLICE),
                PermissionDef.of(HANDOVER, "发起和接收交接", "Request and answer handovers", Role.OFFICE_STAFF, Role.VILLAGE_STAFF),
                PermissionDef.of(STATS, "查看管控统计", "See control figures",
                        Role.OFFICE_STAFF, Role.UNIT_STAFF, Role.VILLAGE_STAFF, Role.LEADER),
                PermissionDef.of(EXPORT, "导出人员清单", "Export person lists", Role.OFFICE_STAFF),
                PermissionDef.of(EXCHANGE, "与其他机关交换 (状态查询、交接)", "Exchange with other agencies (status query, handovers)",
                        Role.OFFICE_STAFF, Role.UNIT_STAFF));
    }
}
