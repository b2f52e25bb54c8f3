package org.jindu.portal.testkit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.audit.AuditLog;
import org.jindu.portal.api.audit.AuditPage;
import org.jindu.portal.api.audit.AuditQuery;
import org.jindu.portal.api.audit.ChainVerification;

/**
 * Keeps audit entries as {@code "<user> <action> <recordType> <recordId> <detail>"} lines (a list read's ids as
 * {@code [1, 2]} in place of the record id). Like the portal's log it refuses an entry outside a database transaction,
 * so a service that records after its commit fails its unit test; {@link #failing} makes every entry fail, to test that
 * the change then rolls back.
 */
public final class AuditRecorder implements AuditLog {
    public final List<String> entries = Collections.synchronizedList(new ArrayList<>());
    public volatile boolean failing;

    @Override
    public void record(Connection tx, UserContext actor, String moduleId, String action, String recordType, String recordId,
                       Long orgNodeId, String detail) {
        requireTx(tx);
        entries.add(actor.username() + " " + action + " " + recordType + " " + recordId + " " + detail);
    }

    @Override
    public void recordRead(Connection tx, UserContext actor, String moduleId, String action, String recordType,
                           Collection<?> recordIds, String detail) {
        requireTx(tx);
        entries.add(actor.username() + " " + action + " " + recordType + " " + new ArrayList<>(recordIds) + " " + detail);
    }

    @Override
    public void recordReadNow(UserContext actor, String moduleId, String action, String recordType, Collection<?> recordIds,
                              String detail) {
        if (failing) {
            throw new IllegalStateException("audit log unavailable (AuditRecorder.failing)");
        }
        entries.add(actor.username() + " " + action + " " + recordType + " " + new ArrayList<>(recordIds) + " " + detail);
    }

    private void requireTx(Connection tx) {
        if (failing) {
            throw new IllegalStateException("audit log unavailable (AuditRecorder.failing)");
        }
        try {
            if (tx == null || tx.isClosed() || tx.getAutoCommit()) {
                throw new IllegalStateException("an audit entry must be written in the transaction of what it describes");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void recordAnonymous(String actorName, String moduleId, String action, String detail) {
        entries.add(actorName + " " + action + " " + detail);
    }

    @Override
    public AuditPage search(UserContext user, AuditQuery query) {
        throw new UnsupportedOperationException("search is tested in portal-core");
    }

    @Override
    public ChainVerification verify(UserContext user) {
        throw new UnsupportedOperationException("the chain is tested in portal-core");
    }
}
