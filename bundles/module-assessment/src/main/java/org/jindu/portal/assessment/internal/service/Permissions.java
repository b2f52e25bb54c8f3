package org.jindu.portal.assessment.internal.service;

import java.util.List;

import org.jindu.portal.api.Role;
import org.jindu.portal.api.module.PermissionDef;

/** The module's permissions with their default roles; every check in the module names one of these. */
public final class Permissions {
    public static final String MODULE = "assessment";

    /** Rounds, titles, coverage and standards of the user's area. */
    public static final String READ = "assessment.read";
    /** Applications of the user's area with their evidence and scores (assessors see only those assigned to them). */
    public static final String APPLICATION_READ = "assessment.application.read";
    /** Fill in, submit and withdraw the own application; record measures and evidence during the cycle. */
    public static final String APPLY = "assessment.apply";
    /** Open rounds, accept or reject applications, assign assessors, supervise, designate, disqualify. */
    public static final String REVIEW = "assessment.review";
    /** Score the applications assigned to oneself. */
    public static final String SCORE = "assessment.score";
    /** Annual review of titles, yellow cards, revocation. */
    public static final String TITLE_MANAGE = "assessment.title.manage";
    /** Edit and import standards (each edit is a new version). */
    public static final String STANDARD_EDIT = "assessment.standard.edit";
    /** Set coverage targets and quotas. */
    public static final String TARGET_EDIT = "assessment.target.edit";
    /** Record a town's assessment; checked on the town's parent node, so that a town never grades itself. */
    public static final String TOWN_RECORD = "assessment.town.record";
    /** Export lists and figures to Excel. */
    public static final String EXPORT = "assessment.export";

    private Permissions() {
    }

    public static List<PermissionDef> all() {
        return List.of(
                PermissionDef.of(READ, "查看创建轮次、称号与覆盖率", "Read rounds, titles and coverage",
                        Role.SYSTEM_ADMIN, Role.OFFICE_STAFF, Role.VILLAGE_STAFF, Role.ASSESSOR, Role.LEADER),
                PermissionDef.of(APPLICATION_READ, "查看创建申报及佐证材料", "Read applications and evidence",
                        Role.OFFICE_STAFF, Role.VILLAGE_STAFF, Role.LEADER),
                PermissionDef.of(APPLY, "填报本村居创建申报和佐证材料", "Apply and record evidence for one's village", Role.VILLAGE_STAFF),
                PermissionDef.of(REVIEW, "审核申报、组织考评、确定示范", "Review, organise assessments, designate", Role.OFFICE_STAFF),
                PermissionDef.of(SCORE, "对分配的申报进行考评打分", "Score assigned applications", Role.ASSESSOR),
                PermissionDef.of(TITLE_MANAGE, "称号复核、黄牌警告与取消", "Review titles, yellow cards, revocation", Role.OFFICE_STAFF),
                PermissionDef.of(STANDARD_EDIT, "编辑创建标准", "Edit standards", Role.OFFICE_STAFF),
                PermissionDef.of(TARGET_EDIT, "设置覆盖率目标与创建名额", "Set targets and quotas", Role.OFFICE_STAFF),
                PermissionDef.of(TOWN_RECORD, "录入镇街考评结果 (上级)", "Record a town's assessment (higher level)", Role.OFFICE_STAFF),
                PermissionDef.of(EXPORT, "导出创建数据", "Export creation data", Role.OFFICE_STAFF, Role.LEADER));
    }
}
