package org.jindu.portal.assessment.internal.model;

import java.time.LocalDate;
import java.util.List;

import org.jindu.portal.assessment.internal.domain.Level;
import org.jindu.portal.assessment.internal.domain.Titles;

/** A title (无毒村居 / 无毒镇街) with its annual reviews. */
public record TitleInfo(long id, long orgNodeId, String orgCode, String orgName, Level level, String titleName,
                        LocalDate awardedOn, Titles.Status status, String statusLabel, String proposalNote,
                        LocalDate revokedOn, Titles.RevocationReason revocationReason, String revocationNote,
                        Long applicationId, List<ReviewInfo> reviews) {
}
