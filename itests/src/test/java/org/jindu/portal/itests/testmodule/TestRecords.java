package org.jindu.portal.itests.testmodule;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.jindu.portal.api.AccessPolicy;
import org.jindu.portal.api.NotFoundException;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.audit.AuditAction;
import org.jindu.portal.api.audit.AuditLog;
import org.jindu.portal.api.org.OrgDirectory;
import org.jindu.portal.api.org.OrgLevel;
import org.jindu.portal.api.org.OrgNode;

/** The module's "service": one record per village, scoped; REST and SOAP both call it. */
final class TestRecords {
    /** A record of one village. */
    public record Record(String code, long orgNodeId, String text) {
    }

    private final String moduleId;
    private final Services services;

    TestRecords(String moduleId, Services services) {
        this.moduleId = moduleId;
        this.services = services;
    }

    List<Record> visible(UserContext user) {
        AccessPolicy access = services.get(AccessPolicy.class);
        access.check(user, moduleId + ".read");
        Set<Long> nodes = access.visibleNodes(user, moduleId + ".read");
        return all().stream().filter(r -> nodes.contains(r.orgNodeId())).toList();
    }

    Record one(UserContext user, String code) {
        Record r = all().stream().filter(x -> x.code().equals(code)).findFirst()
                .orElseThrow(() -> NotFoundException.of(Text.of("记录", "Record"), code));
        services.get(AccessPolicy.class).check(user, moduleId + ".read", r.orgNodeId());
        return r;
    }

    /** A record that holds personal data: every read is audited. */
    Record person(UserContext user, String code) {
        Record r = one(user, code);
        services.get(AccessPolicy.class).check(user, moduleId + ".person.read", r.orgNodeId());
        // no persistence unit here: the entry commits in a JDBC transaction of its own before the data is returned
        try (Connection c = services.dataSource().getConnection()) {
            c.setAutoCommit(false);
            services.get(AuditLog.class).record(c, user, moduleId, AuditAction.READ_PERSONAL, "person", code, r.orgNodeId(),
                    "read test person of " + code);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("the read could not be audited", e);
        }
        return new Record(r.code(), r.orgNodeId(), "person of " + r.code());
    }

    private List<Record> all() {
        return services.get(OrgDirectory.class).nodesAtLevel(OrgLevel.VILLAGE).stream()
                .map((OrgNode v) -> new Record(v.code(), v.id(), moduleId + " record of " + v.name())).toList();
    }
}
