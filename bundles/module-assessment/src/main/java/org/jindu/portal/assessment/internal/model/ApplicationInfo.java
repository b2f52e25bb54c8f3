package org.jindu.portal.assessment.internal.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jindu.portal.api.rest.Doc;
import org.jindu.portal.assessment.internal.domain.Action;
import org.jindu.portal.assessment.internal.domain.ApplicationState;
import org.jindu.portal.assessment.internal.domain.Level;
import org.jindu.portal.assessment.internal.domain.SupervisionRating;

/**
 * An application as the caller may see it. The contact phone is masked for readers who neither apply for the village
 * nor review it; {@code actions} lists what the caller may do next.
 */
public record ApplicationInfo(long id, long roundId, int year, Level level, long orgNodeId, String orgCode, String orgName,
                              ApplicationState state, String stateLabel, String contactName, String contactPhone,
                              String plan, Double selfScore, String selfAssessment,
                              @Doc("审核通过日期 / accepted on") LocalDate acceptedOn,
                              @Doc("创建周期结束 / end of the creation cycle") LocalDate cycleEnd,
                              @Doc("考评所用标准版本 / standard version scored against") Long standardId,
                              Double totalScore, Boolean passed,
                              @Doc("被触发的否决项 / violated veto items") List<String> vetoItems,
                              SupervisionRating supervisionRating, String supervisionOpinion,
                              @Doc("不通过/不予确定的理由 / reason of a rejection or decline") String decisionReason,
                              @Doc("取消资格通报 / disqualification notice") String disqualifyNotice,
                              @Doc("考评人员 / assessors") List<AssessorRef> assessors,
                              @Doc("当前用户可执行的操作 / what the caller may do next") List<Action> actions,
                              @Doc("当前用户为申报单位填报 / the caller applies for this unit") boolean applicant,
                              @Doc("当前用户负责审核 / the caller reviews this application") boolean reviewer,
                              LocalDateTime updatedAt) {
}
