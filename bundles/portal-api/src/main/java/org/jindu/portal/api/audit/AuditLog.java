package org.jindu.portal.api.audit;

import java.sql.Connection;
import java.util.Collection;

import org.jindu.portal.api.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Records and searches audit entries.
 *
 * <p>An entry is written inside the caller's database transaction, on that transaction's JDBC connection: it commits
 * with the change it describes and is gone when the change rolls back, and a read's entry is committed before the data
 * leaves the server. When the entry cannot be written the method throws, and the caller's transaction must roll back.
 * Module code does not handle the connection itself: {@code ModuleSupport.audit} and {@code auditRead} of the module
 * kit find it, and refuse to record outside a transaction. Entries are sealed into the keyed chain shortly after they
 * commit, in commit order, by one sealer at a time across all portal nodes on the database.
 */
@ProviderType
public interface AuditLog {

    /**
     * Appends an entry in the transaction of {@code tx}.
     *
     * @param tx         the JDBC connection of the caller's open transaction; not closed
     * @param actor      the user who acted
     * @param moduleId   module id ({@code portal} for the platform)
     * @param action     see {@link AuditAction}
     * @param recordType kind of record
     * @param recordId   the record's id (may be {@code null})
     * @param orgNodeId  the record's org node (may be {@code null})
     * @param detail     what changed (no passwords, no full ID numbers), cut to 2000 characters
     */
    void record(Connection tx, UserContext actor, String moduleId, String action, String recordType, String recordId,
                Long orgNodeId, String detail);

    /**
     * Appends the entry of a read or an export that returned several records, naming every one of them (a long list
     * is kept in several consecutive entries), so that "who has seen this record" finds list reads and exports too.
     *
     * @param recordIds the ids of the records the answer contained, in any order; empty for an empty answer
     */
    void recordRead(Connection tx, UserContext actor, String moduleId, String action, String recordType,
                    Collection<?> recordIds, String detail);

    /**
     * Appends the entry of a read (as {@link #recordRead}) in a transaction of its own, committed before this returns:
     * for an answer given without a transaction, e.g. from memory. Never for a change.
     *
     * @since 2.1
     */
    void recordReadNow(UserContext actor, String moduleId, String action, String recordType, Collection<?> recordIds,
                       String detail);

    /**
     * Appends an entry in a transaction of its own, for what happens outside any change: a failed login, a refused
     * request. Someone not (yet) authenticated is named as given.
     */
    void recordAnonymous(String actorName, String moduleId, String action, String detail);

    /** Searches entries, newest first; a record id also finds the list reads that contained it. Requires {@code portal.audit.read}. */
    AuditPage search(UserContext user, AuditQuery query);

    /**
     * Checks the whole chain with the portal's key and against the checkpoint kept outside the database; reports the
     * first problem. Requires {@code portal.audit.read}.
     */
    ChainVerification verify(UserContext user);
}
