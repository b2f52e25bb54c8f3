package org.jindu.portal.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.audit.AuditLog;
import org.jindu.portal.api.audit.AuditPage;
import org.jindu.portal.api.audit.AuditQuery;
import org.jindu.portal.api.audit.ChainVerification;

/** Keeps audit entries as {@code "<user> <action> <recordType> <recordId> <detail>"} lines. */
public final class AuditRecorder implements AuditLog {
    public final List<String> entries = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void record(UserContext actor, String moduleId, String action, String recordType, String recordId, Long orgNodeId, String detail) {
        entries.add(actor.username() + " " + action + " " + recordType + " " + recordId + " " + detail);
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
