package org.jindu.portal.assessment.internal.model;

import org.jindu.portal.api.rest.Doc;

/**
 * The application form (申报表, the plan's annex 4): filled in by the village, editable while it is a draft.
 *
 * @param roundId        the round applied to (only when creating)
 * @param orgCode        the applying village (only when creating; defaults to the user's own village)
 * @param contactName    contact person
 * @param contactPhone   contact phone
 * @param plan           the creation plan (创建工作方案)
 * @param selfScore      self-assessed score against the standard
 * @param selfAssessment self-assessment (自评情况)
 */
public record ApplicationDraft(Long roundId, @Doc("申报村居编码 / applying village code") String orgCode,
                               @Doc("联系人 / contact person") String contactName,
                               @Doc("联系电话 / contact phone") String contactPhone,
                               @Doc("创建工作方案 / creation plan") String plan,
                               @Doc("自评分 / self-assessed score") Double selfScore,
                               @Doc("自评情况 / self-assessment") String selfAssessment) {
}
