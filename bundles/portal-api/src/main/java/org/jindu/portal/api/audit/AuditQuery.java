package org.jindu.portal.api.audit;

import java.time.Instant;

/**
 * Filter for searching the audit log; {@code null} fields do not filter.
 *
 * @param actor      exact user name
 * @param action     exact action
 * @param moduleId   exact module id
 * @param recordType exact record type
 * @param recordId   exact record id
 * @param from       inclusive lower bound of the time
 * @param to         exclusive upper bound of the time
 * @param text       substring of the detail
 * @param offset     first entry to return (newest first)
 * @param limit      maximum number of entries (capped at 500)
 */
public record AuditQuery(String actor, String action, String moduleId, String recordType, String recordId,
                         Instant from, Instant to, String text, int offset, int limit) {
    public static AuditQuery all(int limit) {
        return new AuditQuery(null, null, null, null, null, null, null, null, 0, limit);
    }
}
