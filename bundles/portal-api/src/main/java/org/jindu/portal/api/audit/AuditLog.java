package org.jindu.portal.api.audit;

import org.jindu.portal.api.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Records and searches audit entries. Recording never fails the caller's work because of the caller's input,
 * but it commits in its own transaction: call it after the change it describes has succeeded.
 */
@ProviderType
public interface AuditLog {

    /**
     * Appends an entry.
     *
     * @param actor      the user who acted
     * @param moduleId   module id ({@code portal} for the platform)
     * @param action     see {@link AuditAction}
     * @param recordType kind of record
     * @param recordId   the record's id (may be {@code null})
     * @param orgNodeId  the record's org node (may be {@code null})
     * @param detail     what changed (no passwords, no full ID numbers), cut to 2000 characters
     */
    void record(UserContext actor, String moduleId, String action, String recordType, String recordId,
                Long orgNodeId, String detail);

    /** Appends an entry for someone not (yet) authenticated, e.g. a failed login. */
    void recordAnonymous(String actorName, String moduleId, String action, String detail);

    /** Searches entries, newest first. Requires {@code portal.audit.read}. */
    AuditPage search(UserContext user, AuditQuery query);

    /** Recomputes the whole chain and reports the first broken entry. Requires {@code portal.audit.read}. */
    ChainVerification verify(UserContext user);
}
