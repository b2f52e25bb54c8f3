package org.jindu.portal.itests.pkgmodule;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;

import javax.sql.DataSource;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.module.ModuleDescriptor;
import org.jindu.portal.api.module.PermissionDef;
import org.jindu.portal.api.rest.RestResource;
import org.jindu.portal.api.schema.SchemaReady;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A module shipped in versions (1.0.0, 1.1.0 with the same schema, 2.0.0 with a second migration) for the package
 * tests: once its schema is ready it registers its descriptor and a REST resource over its one table.
 */
public class PkgActivator implements BundleActivator {
    static final String ID = "pkgdemo";
    private ServiceTracker<SchemaReady, List<ServiceRegistration<?>>> tracker;

    @Override
    public void start(BundleContext context) throws Exception {
        tracker = new ServiceTracker<>(context, context.createFilter("(&(objectClass=" + SchemaReady.class.getName() + ")("
                + SchemaReady.MODULE + "=" + ID + "))"), null) {
            @Override
            public List<ServiceRegistration<?>> addingService(ServiceReference<SchemaReady> reference) {
                DataSource ds;
                try {
                    ds = context.getService(context.getServiceReferences(DataSource.class, "(osgi.jndi.service.name=portal)")
                            .iterator().next());
                } catch (InvalidSyntaxException e) {
                    throw new IllegalStateException(e);
                }
                List<ServiceRegistration<?>> regs = new ArrayList<>();
                regs.add(context.registerService(ModuleDescriptor.class, new ModuleDescriptor() {
                    public String id() {
                        return ID;
                    }

                    public Text name() {
                        return Text.of("安装包测试模块", "Package test module");
                    }

                    public List<PermissionDef> permissions() {
                        return List.of();
                    }
                }, props(ModuleDescriptor.MODULE_ID, ID)));
                regs.add(context.registerService(RestResource.class, new PkgResource(ds, context.getBundle().getVersion().toString()),
                        props(RestResource.PATH, ID)));
                return regs;
            }

            @Override
            public void removedService(ServiceReference<SchemaReady> reference, List<ServiceRegistration<?>> regs) {
                regs.forEach(ServiceRegistration::unregister);
            }
        };
        tracker.open();
    }

    @Override
    public void stop(BundleContext context) {
        tracker.close();
    }

    private static Hashtable<String, Object> props(String key, Object value) {
        Hashtable<String, Object> p = new Hashtable<>();
        p.put(key, value);
        return p;
    }
}
