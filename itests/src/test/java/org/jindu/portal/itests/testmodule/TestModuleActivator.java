package org.jindu.portal.itests.testmodule;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;

import org.jindu.portal.api.Role;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.module.ModuleDescriptor;
import org.jindu.portal.api.module.PermissionDef;
import org.jindu.portal.api.rest.RestResource;
import org.jindu.portal.api.soap.SoapService;
import org.jindu.portal.api.ui.ViewContribution;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/** Registers the module's descriptor, REST resource, SOAP service and view; stopping the bundle removes them all. */
public class TestModuleActivator implements BundleActivator {
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    @Override
    public void start(BundleContext context) {
        String id = context.getBundle().getHeaders().get("Test-Module-Id");
        Services services = new Services(context);
        ModuleDescriptor descriptor = new ModuleDescriptor() {
            public String id() {
                return id;
            }

            public Text name() {
                return Text.of("测试模块 " + id, "Test module " + id);
            }

            public List<PermissionDef> permissions() {
                return List.of(
                        PermissionDef.of(id + ".read", "查看测试记录", "Read test records", Role.values()),
                        PermissionDef.of(id + ".person.read", "查看测试人员", "Read test persons", Role.OFFICE_STAFF, Role.VILLAGE_STAFF));
            }

            public boolean holdsPersonalData() {
                return true;
            }
        };
        registrations.add(context.registerService(ModuleDescriptor.class, descriptor, props(ModuleDescriptor.MODULE_ID, id)));
        registrations.add(context.registerService(RestResource.class, new TestResource(id, services), props(RestResource.PATH, id)));
        registrations.add(context.registerService(SoapService.class, new TestSoapService(id, services), props(SoapService.NAME, id)));
        registrations.add(context.registerService(ViewContribution.class, new TestView(id), null));
    }

    @Override
    public void stop(BundleContext context) {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
    }

    private static Hashtable<String, Object> props(String key, Object value) {
        Hashtable<String, Object> p = new Hashtable<>();
        p.put(key, value);
        return p;
    }
}
