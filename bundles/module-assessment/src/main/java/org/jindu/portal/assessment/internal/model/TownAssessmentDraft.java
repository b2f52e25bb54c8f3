package org.jindu.portal.assessment.internal.model;

import java.time.LocalDate;

import org.jindu.portal.api.rest.Doc;

/**
 * A town's assessment by the city (市级考评验收): the result against the town standard "六有六无两不". Whether the
 * town is designated 无毒镇街 also depends on its village coverage, which the portal computes.
 *
 * @param townCode       the town
 * @param year           the creation year
 * @param score          total score
 * @param standardPassed whether the town passed its standard (score and veto items)
 * @param vetoNote       violated veto items, if any
 * @param assessedOn     date of the assessment
 * @param assessor       the assessing body or person
 * @param opinion        the city's opinion
 */
public record TownAssessmentDraft(String townCode, Integer year, Double score,
                                  @Doc("是否达到镇街标准 / passed the town standard") Boolean standardPassed,
                                  String vetoNote, LocalDate assessedOn, String assessor, String opinion) {
}
