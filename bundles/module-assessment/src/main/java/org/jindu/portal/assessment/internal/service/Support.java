package org.jindu.portal.assessment.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.jindu.portal.api.org.OrgLevel;
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.api.persistence.Jpa;
import org.jindu.portal.api.schema.SchemaReady;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;

/**
 * What every service of the module needs: its persistence unit (only once the schema is migrated), the access
 * policy, the audit log, the org tree, events, the configuration and the clock. One component, so that the services
 * stay small and each states only its own rules.
 */
@Component(service = Support.class, configurationPid = AssessmentConfig.PID)
@Designate(ocd = AssessmentConfig.class)
public class Support {
    private final EntityManagerFactory emf;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final OrgDirectory org;
    private final EventAdmin events;
    private volatile AssessmentConfig config;
    private final Clock clock;

    @Activate
    public Support(@Reference(target = "(osgi.unit.name=portal.assessment)") EntityManagerFactory emf,
                   @Reference(target = "(" + SchemaReady.BUNDLE + "=org.jindu.portal.assessment)") SchemaReady schema,
                   @Reference AccessPolicy access, @Reference AuditLog audit, @Reference OrgDirectory org,
                   @Reference EventAdmin events, AssessmentConfig config) {
        this(emf, access, audit, org, events, config, Clock.systemDefaultZone());
    }

    // not public: DS picks the activation constructor by its parameter count, and this one has as many
    Support(EntityManagerFactory emf, AccessPolicy access, AuditLog audit, OrgDirectory org, EventAdmin events,
                   AssessmentConfig config, Clock clock) {
        this.emf = emf;
        this.access = access;
        this.audit = audit;
        this.org = org;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    @Modified
    void modified(AssessmentConfig newConfig) {
        this.config = newConfig;
    }

    public AssessmentConfig config() {
        return config;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public OrgDirectory org() {
        return org;
    }

    public AccessPolicy access() {
        return access;
    }

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

    public boolean permitted(UserContext user, String permission, long nodeId) {
        return access.isPermitted(user, permission, nodeId);
    }

    public boolean permitted(UserContext user, String permission) {
        return access.isPermitted(user, permission);
    }

    /** Org node ids the user may touch with the permission (for {@code in :nodes} clauses). */
    public Set<Long> visible(UserContext user, String permission) {
        return access.visibleNodes(user, permission);
    }

    /** Records an audit entry of the module; call it after the change committed. */
    public void audit(UserContext user, String action, String recordType, Object recordId, Long nodeId, String detail) {
        audit.record(user, Permissions.MODULE, action, recordType, recordId == null ? null : recordId.toString(), nodeId, detail);
    }

    /** Posts an event on {@code portal/assessment/<event>} with plain values. */
    public void post(String event, Map<String, Object> properties) {
        events.postEvent(new Event("portal/" + Permissions.MODULE + "/" + event, new HashMap<>(properties)));
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

    /** The town a node belongs to (itself for a town). */
    public OrgNode townOf(long nodeId) {
        return org.ancestorAtLevel(nodeId, OrgLevel.TOWN).orElseThrow(() -> NotFoundException.of(
                Text.of("所属镇街", "Town of the node"), String.valueOf(nodeId)));
    }

    /** The villages and communities of a town. */
    public List<OrgNode> villagesOf(long townId) {
        return org.subtree(townId).stream().filter(n -> n.level() == OrgLevel.VILLAGE).toList();
    }

    /**
     * A query restricted to nodes; an empty node set gives an empty list without asking the database (an empty
     * {@code in ()} is not valid SQL).
     */
    public static <T> List<T> inNodes(TypedQuery<T> query, Collection<Long> nodes) {
        if (nodes.isEmpty()) {
            return List.of();
        }
        return query.setParameter("nodes", nodes).getResultList();
    }

    /** The text in the user's language. */
    public static String t(UserContext user, Text text) {
        return text.get(user.locale());
    }
}
