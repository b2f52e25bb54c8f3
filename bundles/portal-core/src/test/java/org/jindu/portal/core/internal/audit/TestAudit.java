package org.jindu.portal.core.internal.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.jindu.portal.api.AccessPolicy;
import org.jindu.portal.core.internal.TestDb;

/** The audit log on a test database, without its sealer thread (search and verify seal). */
public final class TestAudit {
    public static final byte[] KEY = "a test key for the audit chain!!".getBytes(StandardCharsets.UTF_8);

    private TestAudit() {
    }

    public static AuditLogImpl newLog(TestDb db, AccessPolicy access, Path checkpoint) {
        return new AuditLogImpl(db.emf, db.dataSource, access, KEY, checkpoint);
    }
}
