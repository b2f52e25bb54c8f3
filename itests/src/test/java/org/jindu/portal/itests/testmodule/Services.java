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
}
