/**
 * The audit trail (PF-4): who did what to which record when, and who read which record holding personal data.
 * Entries are append-only and each is chained to the previous one by a SHA-256 hash, so that altering or
 * deleting an entry in the database is detected by {@link org.jindu.portal.api.audit.AuditLog#verify}.
 */
@Export
@Version("1.0.0")
package org.jindu.portal.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
