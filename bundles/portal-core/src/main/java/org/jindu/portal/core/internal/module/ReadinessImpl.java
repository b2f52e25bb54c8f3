package org.jindu.portal.core.internal.module;

import java.util.ArrayList;
import java.util.List;

import org.jindu.portal.api.module.ModuleInfo;
import org.jindu.portal.api.module.ModuleProblem;
import org.jindu.portal.api.module.ModuleRegistry;
import org.jindu.portal.core.internal.demo.DemoDataLoader;
import org.jindu.portal.platform.admin.Readiness;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Karaf must have installed the boot features (before that, modules of the last boot stage are not even known yet),
 * every module whose bundle is present must be working (a removed module, kept only for its data, does not count; a
 * refused package does not stop the module that runs), and the demo data must be loaded.
 */
@Component(service = Readiness.class)
public class ReadinessImpl implements Readiness {
    /** Registered by Karaf once the boot features are installed; looked up by name (no import of Karaf's API). */
    private static final String BOOT_FINISHED = "org.apache.karaf.features.BootFinished";
    private final BundleContext context;
    private final ModuleRegistry modules;
    private final DemoDataLoader demo;

    @Activate
    public ReadinessImpl(BundleContext context, @Reference ModuleRegistry modules, @Reference DemoDataLoader demo) {
        this.context = context;
        this.modules = modules;
        this.demo = demo;
    }

    @Override
    public List<NotReady> notReady() {
        List<NotReady> result = new ArrayList<>();
        if (System.getProperty("karaf.base") != null && context.getServiceReference(BOOT_FINISHED) == null) {
            result.add(new NotReady("portal", "BOOT"));
        }
        for (ModuleInfo m : modules.modules()) {
            if ("UNINSTALLED".equals(m.bundleState())) {
                continue;
            }
            m.problems().stream().filter(p -> p.kind() != ModuleProblem.Kind.PACKAGE).findFirst()
                    .ifPresent(p -> result.add(new NotReady(m.id(), p.kind().name())));
        }
        demo.notLoaded().forEach(id -> result.add(new NotReady(id, "DEMO_DATA")));
        return result;
    }
}
