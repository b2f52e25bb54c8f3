package org.jindu.portal.assessment.internal.service;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManagerFactory;

import org.jindu.portal.api.AccessPolicy;
import org.jindu.portal.api.NotFoundException;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.audit.AuditLog;
import org.jindu.portal.api.org.OrgDirectory;
import org.jindu.portal.api.org.OrgLevel;
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.api.schema.SchemaReady;
import org.jindu.portal.support.ModuleSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The platform's {@link ModuleSupport} (persistence unit once migrated, access, audit, org tree, clock) plus what this
 * module adds: events, its configuration, and the town a node belongs to with its villages.
 */
@Component(service = Support.class, configurationPid = AssessmentConfig.PID)
@Designate(ocd = AssessmentConfig.class)
public class Support extends ModuleSupport {
    private final EventAdmin events;
    private volatile AssessmentConfig config;

    @Activate
    public Support(@Reference(target = "(osgi.unit.name=portal." + Permissions.MODULE + ")") EntityManagerFactory emf,
                   @Reference(target = "(" + SchemaReady.MODULE + "=" + Permissions.MODULE + ")") SchemaReady schema,
                   @Reference AccessPolicy access, @Reference AuditLog audit, @Reference OrgDirectory org,
                   @Reference EventAdmin events, AssessmentConfig config) {
        this(emf, access, audit, org, events, config, Clock.systemDefaultZone());
    }

    // not public: DS picks the activation constructor by its parameter count, and this one has as many
    Support(EntityManagerFactory emf, AccessPolicy access, AuditLog audit, OrgDirectory org, EventAdmin events,
            AssessmentConfig config, Clock clock) {
        super(Permissions.MODULE, emf, access, audit, org, clock);
        this.events = events;
        this.config = config;
    }

    @Modified
    void modified(AssessmentConfig newConfig) {
        this.config = newConfig;
    }

    public AssessmentConfig config() {
        return config;
    }

    /** Posts an event on {@code portal/assessment/<event>} with plain values. */
    public void post(String event, Map<String, Object> properties) {
        events.postEvent(new Event("portal/" + Permissions.MODULE + "/" + event, new HashMap<>(properties)));
    }

    /** The town a node belongs to (itself for a town). */
    public OrgNode townOf(long nodeId) {
        return org().ancestorAtLevel(nodeId, OrgLevel.TOWN).orElseThrow(() -> NotFoundException.of(
                Text.of("所属镇街", "Town of the node"), String.valueOf(nodeId)));
    }

    /** The villages and communities of a town. */
    public List<OrgNode> villagesOf(long townId) {
        return org().subtree(townId).stream().filter(n -> n.level() == OrgLevel.VILLAGE).toList();
    }

    /** The text in the user's language. */
    public static String t(UserContext user, Text text) {
        return text.get(user.locale());
    }
}
