package org.jindu.portal.control.internal.model;

/** Changeable details of a person file (identity, status and tier change through their own operations). */
public record PersonUpdate(String phone, String residenceOrg, String residencePlace, String gridOrg, Long workerId, String workerName,
                           String drugTypes, String note) {
}
