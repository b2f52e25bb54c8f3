package org.jindu.portal.core.internal.module;

import java.util.ArrayList;
import java.util.List;

import org.jindu.portal.api.module.ModuleInfo;
import org.jindu.portal.api.module.ModuleRegistry;
import org.jindu.portal.core.internal.demo.DemoDataLoader;
import org.jindu.portal.platform.admin.Readiness;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Every module whose bundle is present must be working (a removed module, kept only for its data, does not count), and
 * the demo data must be loaded.
 */
@Component(service = Readiness.class)
public class ReadinessImpl implements Readiness {
    private final ModuleRegistry modules;
    private final DemoDataLoader demo;

    @Activate
    public ReadinessImpl(@Reference ModuleRegistry modules, @Reference DemoDataLoader demo) {
        this.modules = modules;
        this.demo = demo;
    }

    @Override
    public List<NotReady> notReady() {
        List<NotReady> result = new ArrayList<>();
        for (ModuleInfo m : modules.modules()) {
            if (!"UNINSTALLED".equals(m.bundleState()) && !m.healthy()) {
                result.add(new NotReady(m.id(), m.problems().get(0).kind().name()));
            }
        }
        demo.notLoaded().forEach(id -> result.add(new NotReady(id, "DEMO_DATA")));
        return result;
    }
}
