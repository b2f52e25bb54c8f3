package ${package}.internal;

import java.time.Clock;

import javax.persistence.EntityManagerFactory;

import org.jindu.portal.api.AccessPolicy;
import org.jindu.portal.api.audit.AuditLog;
import org.jindu.portal.api.org.OrgDirectory;
import org.jindu.portal.api.schema.SchemaReady;
import org.jindu.portal.support.ModuleSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's persistence unit (once its schema is migrated), the access policy, the audit log, the org tree and the
 * clock, shared by its services. {@code ModuleSupport} comes from the embedded module kit.
 */
@Component(service = Support.class)
public class Support extends ModuleSupport {

    @Activate
    public Support(@Reference(target = "(osgi.unit.name=portal." + Descriptor.ID + ")") EntityManagerFactory emf,
                   @Reference(target = "(" + SchemaReady.MODULE + "=" + Descriptor.ID + ")") SchemaReady schema,
                   @Reference AccessPolicy access, @Reference AuditLog audit, @Reference OrgDirectory org) {
        this(emf, access, audit, org, Clock.systemDefaultZone());
    }

    // for tests; not public, so that DS does not mistake it for the activation constructor
    Support(EntityManagerFactory emf, AccessPolicy access, AuditLog audit, OrgDirectory org, Clock clock) {
        super(Descriptor.ID, emf, access, audit, org, clock);
    }
}
