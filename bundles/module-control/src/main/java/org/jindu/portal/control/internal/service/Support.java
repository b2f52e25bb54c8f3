package org.jindu.portal.control.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.jindu.portal.api.data.SensitiveData;
import org.jindu.portal.api.org.OrgDirectory;
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.api.persistence.Jpa;
import org.jindu.portal.api.schema.SchemaReady;
import org.jindu.portal.control.internal.domain.Frequencies;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;

/**
 * What every service of the module needs: its persistence unit (once the schema is migrated), access policy, audit
 * log, org tree, field encryption, events, configuration and clock. One component, so that the services state only
 * their own rules.
 */
@Component(service = Support.class, configurationPid = ControlConfig.PID)
@Designate(ocd = ControlConfig.class)
public class Support {
    private final EntityManagerFactory emf;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final OrgDirectory org;
    private final SensitiveData sensitive;
    private final EventAdmin events;
    private final Clock clock;
    private volatile ControlConfig config;
    private volatile Frequencies frequencies;

    @Activate
    public Support(@Reference(target = "(osgi.unit.name=portal.control)") EntityManagerFactory emf,
                   @Reference(target = "(" + SchemaReady.BUNDLE + "=org.jindu.portal.control)") SchemaReady schema,
                   @Reference AccessPolicy access, @Reference AuditLog audit, @Reference OrgDirectory org,
                   @Reference SensitiveData sensitive, @Reference EventAdmin events, ControlConfig config) {
        this(emf, access, audit, org, sensitive, events, config, Clock.systemDefaultZone());
    }

    // not public: DS picks the activation constructor by its parameter count, and this one has as many
    Support(EntityManagerFactory emf, AccessPolicy access, AuditLog audit, OrgDirectory org, SensitiveData sensitive,
                   EventAdmin events, ControlConfig config, Clock clock) {
        this.emf = emf;
        this.access = access;
        this.audit = audit;
        this.org = org;
        this.sensitive = sensitive;
        this.events = events;
        this.clock = clock;
        modified(config);
    }

    @Modified
    void modified(ControlConfig newConfig) {
        this.frequencies = Frequencies.parse(newConfig.frequencies());
        this.config = newConfig;
    }

    public ControlConfig config() {
        return config;
    }

    public Frequencies frequencies() {
        return frequencies;
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

    public SensitiveData sensitive() {
        return sensitive;
    }

    public <T> T tx(Function<EntityManager, T> work) {
        return Jpa.tx(emf, work);
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

    public Set<Long> visible(UserContext user, String permission) {
        return access.visibleNodes(user, permission);
    }

    /** Records an audit entry of the module; the detail never holds an ID number or a phone. */
    public void audit(UserContext user, String action, String recordType, Object recordId, Long nodeId, String detail) {
        audit.record(user, Permissions.MODULE, action, recordType, recordId == null ? null : recordId.toString(), nodeId, detail);
    }

    /** Posts {@code portal/control/<event>} with plain values (never names or ID numbers). */
    public void post(String event, Map<String, Object> properties) {
        events.postEvent(new Event("portal/" + Permissions.MODULE + "/" + event, new HashMap<>(properties)));
    }

    public OrgNode node(long id) {
        return org.node(id).orElseThrow(() -> NotFoundException.of(Text.of("组织节点", "Org node"), String.valueOf(id)));
    }

    /** The node of a code given in a request; an unknown code is an input error on that field. */
    public OrgNode nodeByCode(String code, String field) {
        if (code == null || code.isBlank()) {
            throw ValidationException.of(field, Text.of("请填写单位编码", "the org code is required"));
        }
        return org.nodeByCode(code.strip()).orElseThrow(() -> ValidationException.of(field,
                Text.of("没有编码为 " + code.strip() + " 的单位", "no org unit has the code " + code.strip())));
    }

    /** A query restricted to {@code :nodes}; an empty set gives an empty list without asking the database. */
    public static <T> List<T> inNodes(TypedQuery<T> query, Collection<Long> nodes) {
        if (nodes.isEmpty()) {
            return List.of();
        }
        return query.setParameter("nodes", nodes).getResultList();
    }
}
