package org.jindu.portal.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.TypedQuery;

import org.jindu.portal.api.AccessPolicy;
import org.jindu.portal.api.NotFoundException;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.audit.AuditLog;
import org.jindu.portal.api.org.OrgDirectory;
import org.jindu.portal.api.org.OrgNode;

/**
 * What every service of a module needs, in one place: its persistence unit, the access policy, the audit log, the
 * org tree and the clock. A module extends it with one DS component (adding its configuration and events) that its
 * services share, so that each service states only its own rules.
 *
 * <pre>{@code
 * @Component(service = Support.class)
 * public class Support extends ModuleSupport {
 *     @Activate
 *     public Support(@Reference(target = "(osgi.unit.name=portal.mymodule)") EntityManagerFactory emf,
 *                    @Reference(target = "(portal.schema.bundle=org.example.mymodule)") SchemaReady schema,
 *                    @Reference AccessPolicy access, @Reference AuditLog audit, @Reference OrgDirectory org) {
 *         super("mymodule", emf, access, audit, org, Clock.systemDefaultZone());
 *     }
 * }
 * }</pre>
 */
public abstract class ModuleSupport {
    private final String moduleId;
    private final EntityManagerFactory emf;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final OrgDirectory org;
    private final Clock clock;

    protected ModuleSupport(String moduleId, EntityManagerFactory emf, AccessPolicy access, AuditLog audit, OrgDirectory org, Clock clock) {
        this.moduleId = moduleId;
        this.emf = emf;
        this.access = access;
        this.audit = audit;
        this.org = org;
        this.clock = clock;
    }

    public String moduleId() {
        return moduleId;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    public OrgDirectory org() {
        return org;
    }

    public AccessPolicy access() {
        return access;
    }

    /** Runs work in a transaction of the module's unit (joining one already running in this thread). */
    public <T> T tx(Function<EntityManager, T> work) {
        return Jpa.tx(emf, work);
    }

    public void run(Consumer<EntityManager> work) {
        Jpa.run(emf, work);
    }

    public void check(UserContext user, String permission) {
        access.check(user, permission);
    }

    public void check(UserContext user, String permission, long nodeId) {
        access.check(user, permission, nodeId);
    }

    public boolean permitted(UserContext user, String permission) {
        return access.isPermitted(user, permission);
    }

    public boolean permitted(UserContext user, String permission, long nodeId) {
        return access.isPermitted(user, permission, nodeId);
    }

    /** Org node ids the user may touch with the permission (for {@code in :nodes} clauses). */
    public Set<Long> visible(UserContext user, String permission) {
        return access.visibleNodes(user, permission);
    }

    /**
     * Records an audit entry of the module in the running transaction ({@link #tx}): it commits with the change and is
     * gone if the change rolls back. Call it inside the transaction, once the record's id is known (after a flush for
     * a new one); for a read, before the data is returned.
     *
     * @throws IllegalStateException outside a transaction of the module's unit
     */
    public void audit(UserContext user, String action, String recordType, Object recordId, Long nodeId, String detail) {
        Jpa.onConnection(emf, c -> {
            audit.record(c, user, moduleId, action, recordType, recordId == null ? null : recordId.toString(), nodeId, detail);
            return null;
        });
    }

    /**
     * Records, in the running transaction, a read or export that returned these records, naming each of them.
     *
     * @throws IllegalStateException outside a transaction of the module's unit
     */
    public void auditRead(UserContext user, String action, String recordType, Collection<?> recordIds, String detail) {
        Jpa.onConnection(emf, c -> {
            audit.recordRead(c, user, moduleId, action, recordType, recordIds, detail);
            return null;
        });
    }

    public OrgNode node(long id) {
        return org.node(id).orElseThrow(() -> NotFoundException.of(Text.of("组织节点", "Org node"), String.valueOf(id)));
    }

    /** The node of a code given in a request; an unknown or missing code is an input error on that field. */
    public OrgNode nodeByCode(String code, String field) {
        if (code == null || code.isBlank()) {
            throw ValidationException.of(field, Text.of("请填写单位编码", "the org code is required"));
        }
        return org.nodeByCode(code.strip()).orElseThrow(() -> ValidationException.of(field,
                Text.of("没有编码为 " + code.strip() + " 的单位", "no org unit has the code " + code.strip())));
    }

    /**
     * A query restricted to {@code :nodes}; an empty node set gives an empty list without asking the database (an
     * empty {@code in ()} is not valid SQL).
     */
    public static <T> List<T> inNodes(TypedQuery<T> query, Collection<Long> nodes) {
        if (nodes.isEmpty()) {
            return List.of();
        }
        return query.setParameter("nodes", nodes).getResultList();
    }
}
