package org.jindu.portal.assessment.internal.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jindu.portal.api.rest.Doc;

/** A recorded town assessment and what followed from it. */
public record TownAssessmentInfo(long id, String townCode, String townName, int year, double score, boolean standardPassed,
                                 String vetoNote, LocalDate assessedOn, String assessor, String opinion,
                                 @Doc("记录时的无毒村居覆盖率 / village coverage when recorded") double coverage,
                                 @Doc("要求的覆盖率 / required coverage") double threshold,
                                 @Doc("是否确定为无毒镇街 / designated a drug-free town") boolean eligible,
                                 Long titleId, String recordedBy, LocalDateTime recordedAt) {
}
