package org.jindu.portal.assessment.internal.model;

import java.time.LocalDateTime;

import org.jindu.portal.assessment.internal.domain.Titles;

/** One annual review of a title. */
public record ReviewInfo(int year, Titles.Outcome outcome, Titles.YellowCardReason yellowReason, Integer ranking,
                         String wastewaterLevel, String note, String reviewedBy, LocalDateTime reviewedAt) {
}
