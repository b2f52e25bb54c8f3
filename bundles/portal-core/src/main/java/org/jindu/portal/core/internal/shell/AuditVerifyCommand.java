package org.jindu.portal.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.jindu.portal.api.audit.ChainVerification;
import org.jindu.portal.core.internal.audit.AuditLogImpl;

/** {@code portal:audit-verify}: checks the audit log's hash chain and names the first broken entry. */
@Service
@Command(scope = "portal", name = "audit-verify", description = "Verifies the audit log's hash chain")
public class AuditVerifyCommand implements Action {
    @Reference
    AuditLogImpl audit;

    @Override
    public Object execute() {
        ChainVerification v = audit.verifyChain();
        System.out.println(v.intact() ? "Audit chain intact: " + v.checked() + " entries"
                : "Audit chain BROKEN (" + v.problem() + ") at entry " + v.firstBrokenSeq() + ": " + v.reason());
        return null;
    }
}
