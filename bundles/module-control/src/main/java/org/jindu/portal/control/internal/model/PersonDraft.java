package org.jindu.portal.control.internal.model;

import java.time.LocalDate;

import org.jindu.portal.control.internal.domain.Status;
import org.jindu.portal.control.internal.domain.Tier;

/**
 * A new person file (CT-1). Household and residence are org codes inside the town or, outside it, free text; the
 * control org is the village or grid that does the daily work (the residence when in the town, else the household).
 */
public record PersonDraft(String name, String idNumber, String phone, String householdOrg, String householdPlace,
                          String residenceOrg, String residencePlace, String gridOrg, Long workerId, String workerName,
                          String drugTypes, LocalDate firstRegistered, Status status, LocalDate statusSince, String legalBasis,
                          Tier tier, String tierReason, String note) {
}
