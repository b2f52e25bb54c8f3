package org.jindu.portal.control.internal.service;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import javax.persistence.EntityManagerFactory;

import org.jindu.portal.api.AccessPolicy;
import org.jindu.portal.api.audit.AuditLog;
import org.jindu.portal.api.cache.DataVersions;
import org.jindu.portal.api.data.SensitiveData;
import org.jindu.portal.api.org.OrgDirectory;
import org.jindu.portal.api.schema.SchemaReady;
import org.jindu.portal.control.internal.domain.Frequencies;
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
 * module adds: field encryption, events and its configuration with the parsed visit and test frequencies.
 */
@Component(service = Support.class, configurationPid = ControlConfig.PID)
@Designate(ocd = ControlConfig.class)
public class Support extends ModuleSupport {
    private final SensitiveData sensitive;
    private final EventAdmin events;
    private volatile ControlConfig config;
    private volatile Frequencies frequencies;

    @Activate
    public Support(@Reference(target = "(osgi.unit.name=portal." + Permissions.MODULE + ")") EntityManagerFactory emf,
                   @Reference(target = "(" + SchemaReady.MODULE + "=" + Permissions.MODULE + ")") SchemaReady schema,
                   @Reference AccessPolicy access, @Reference AuditLog audit, @Reference OrgDirectory org,
                   @Reference DataVersions versions, @Reference SensitiveData sensitive, @Reference EventAdmin events,
                   ControlConfig config) {
        this(emf, access, audit, org, versions, sensitive, events, config, Clock.systemDefaultZone());
    }

    // not public: DS picks the activation constructor by its parameter count, and this one has as many
    Support(EntityManagerFactory emf, AccessPolicy access, AuditLog audit, OrgDirectory org, DataVersions versions,
            SensitiveData sensitive, EventAdmin events, ControlConfig config, Clock clock) {
        super(Permissions.MODULE, emf, access, audit, org, versions, clock);
        this.sensitive = sensitive;
        this.events = events;
        modified(config);
    }

    @Modified
    void modified(ControlConfig newConfig) {
        this.frequencies = Frequencies.parse(newConfig.frequencies());
        this.config = newConfig;
        // kept lists carry schedules computed with the old frequencies
        forgetCached();
    }

    public ControlConfig config() {
        return config;
    }

    public Frequencies frequencies() {
        return frequencies;
    }

    public SensitiveData sensitive() {
        return sensitive;
    }

    /** Posts {@code portal/control/<event>} with plain values (never names or ID numbers). */
    public void post(String event, Map<String, Object> properties) {
        events.postEvent(new Event("portal/" + Permissions.MODULE + "/" + event, new HashMap<>(properties)));
    }
}
