package org.jindu.portal.control.internal.model;

/**
 * Changeable details of a person file (identity, status and tier change through their own operations). {@code version}:
 * the file's {@code version} the edit was made on; when given and the file has changed since, the edit is refused (409).
 */
public record PersonUpdate(String phone, String residenceOrg, String residencePlace, String gridOrg, Long workerId, String workerName,
                           String drugTypes, String note, Integer version) {
    /** An edit that does not check the version. */
    public PersonUpdate(String phone, String residenceOrg, String residencePlace, String gridOrg, Long workerId, String workerName,
                        String drugTypes, String note) {
        this(phone, residenceOrg, residencePlace, gridOrg, workerId, workerName, drugTypes, note, null);
    }
}
