/**
 * The audit trail (PF-4): who did what to which record when, and who read which record holding personal data.
 * Entries are written in the transaction of the change or read they describe, are append-only, and each is chained to
 * the previous one by an HMAC-SHA256 keyed with a key outside the database; the chain's head is also checkpointed
 * outside the database, so that altering, recomputing or deleting entries (even the last ones, even across a restart)
 * is detected by {@link org.jindu.portal.api.audit.AuditLog#verify}.
 *
 * <p>2.0: entries join the caller's transaction (a JDBC connection parameter), list reads name their records
 * ({@code recordRead}, {@link org.jindu.portal.api.audit.AuditEntry#recordIds()}).
 * <p>2.1: {@code recordReadNow}, a read's entry in a transaction of its own (answers from memory).
 */
@Export
@Version("2.1.0")
package org.jindu.portal.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
