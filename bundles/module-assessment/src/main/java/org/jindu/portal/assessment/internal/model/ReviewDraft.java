package org.jindu.portal.assessment.internal.model;

import org.jindu.portal.api.rest.Doc;
import org.jindu.portal.assessment.internal.domain.Titles;

/**
 * The annual review of a title (复核).
 *
 * @param year            the year reviewed
 * @param outcome         RETAINED or YELLOW_CARD
 * @param yellowReason    why a yellow card (required for one)
 * @param ranking         the annual drug-control ranking, when that is the reason
 * @param wastewaterLevel the abuse level measured in wastewater, when that is the reason (entered by the office until
 *                        the intelligence module feeds it)
 * @param note            remarks
 */
public record ReviewDraft(Integer year, Titles.Outcome outcome, Titles.YellowCardReason yellowReason,
                          @Doc("年度考核排名 / annual ranking") Integer ranking,
                          @Doc("污水检测滥用水平 / wastewater abuse level") String wastewaterLevel, String note) {
}
