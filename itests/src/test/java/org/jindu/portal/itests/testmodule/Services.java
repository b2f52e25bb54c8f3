package org.jindu.portal.itests.testmodule;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/** Looks up platform services when needed (the module has no DS, only an activator). */
final class Services {
    private final BundleContext context;

    Services(BundleContext context) {
        this.context = context;
    }

    <T> T get(Class<T> type) {
        ServiceReference<T> ref = context.getServiceReference(type);
        if (ref == null) {
            throw new IllegalStateException("service missing: " + type.getName());
        }
        return context.getService(ref);
    }

    /** The portal's data source (a module without a persistence unit writes its audit entries in its own JDBC transaction). */
    javax.sql.DataSource dataSource() {
        try {
            return context.getService(context.getServiceReferences(javax.sql.DataSource.class, "(osgi.jndi.service.name=portal)")
                    .iterator().next());
        } catch (org.osgi.framework.InvalidSyntaxException | java.util.NoSuchElementException e) {
            throw new IllegalStateException("the portal's data source is missing", e);
        }
    }
}
