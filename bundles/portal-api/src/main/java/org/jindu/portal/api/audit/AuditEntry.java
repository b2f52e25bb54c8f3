package org.jindu.portal.api.audit;

import java.time.Instant;
import java.util.List;

/**
 * One audit entry as stored.
 *
 * @param seq        position in the chain, 1 for the first entry
 * @param time       when it was recorded
 * @param actorId    user id, 0 when unknown (failed logins)
 * @param actor      user name
 * @param action     action word, see {@link AuditAction}
 * @param moduleId   module id ({@code portal} for the platform)
 * @param recordType kind of record, e.g. {@code user}, {@code application}
 * @param recordId   id of the record, may be {@code null}
 * @param recordIds  the records a list read or export returned (empty for other entries)
 * @param orgNodeId  org node of the record, may be {@code null}
 * @param detail     what changed, short text; never passwords or full ID numbers
 * @param prevHash   hash of the previous entry (64 zeros for the first)
 * @param hash       HMAC-SHA256 over this entry's fields and {@code prevHash}, keyed outside the database
 */
public record AuditEntry(long seq, Instant time, long actorId, String actor, String action, String moduleId,
                         String recordType, String recordId, List<String> recordIds, Long orgNodeId, String detail,
                         String prevHash, String hash) {
    public AuditEntry {
        recordIds = recordIds == null ? List.of() : List.copyOf(recordIds);
    }
}
