package org.jindu.portal.assessment.internal.model;

import java.time.LocalDate;

import org.jindu.portal.api.rest.Doc;
import org.jindu.portal.assessment.internal.domain.Level;

/**
 * A new creation round: the year's batch of applications organised by a town (villages apply) or a city (towns apply).
 *
 * @param orgCode      code of the organising node (the town for VILLAGE rounds, the city for TOWN rounds)
 * @param year         the creation year
 * @param level        VILLAGE or TOWN
 * @param cycleMonths  creation cycle; defaults to the configured cycle of the level (6 / 12)
 * @param applyUntil   last day for applications (optional)
 * @param standardCode the standard to assess against; defaults to the level's shipped standard. Its newest version
 *                     is fixed for the round.
 */
public record RoundDraft(@Doc("组织单位编码 (镇街或市) / organising node code") String orgCode, Integer year, Level level,
                         Integer cycleMonths, LocalDate applyUntil, String standardCode) {
}
