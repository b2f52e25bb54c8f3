package org.jindu.portal.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.jindu.portal.api.module.ModuleRegistry;
import org.jindu.portal.api.ui.DashboardWidget;
import org.jindu.portal.api.ui.ViewContribution;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shell's whiteboard: every registered {@link ViewContribution} and {@link DashboardWidget}, plus listeners
 * (one per open UI) told when contributions or module enablement change.
 *
 * <p>Listeners run on a pool of their own, each separately: a UI update ends in a push to that browser, and a push
 * to a tab that was closed without logging out can block until the connection times out. Neither the thread that
 * installs a module nor the other open tabs may wait for that.
 */
@Component(service = ViewRegistry.class, immediate = true)
public class ViewRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(ViewRegistry.class);

    private final Map<String, ViewContribution> views = new ConcurrentHashMap<>();
    private final List<DashboardWidget> widgets = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final ModuleRegistry modules;
    private final Bundle framework;
    private final Runnable moduleListener = this::fire;
    private final ExecutorService updates = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "portal-ui-updates");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public ViewRegistry(@Reference ModuleRegistry modules, BundleContext context) {
        this.modules = modules;
        this.framework = context.getBundle(0);
        modules.addListener(moduleListener);
    }

    @Deactivate
    void deactivate() {
        modules.removeListener(moduleListener);
        listeners.clear();
        // no interrupts: Derby closes the connection of an interrupted thread, and a menu refresh in flight would
        // end in an error page and an ERROR in the log at every shutdown
        updates.shutdown();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindView(ViewContribution view) {
        if (!view.id().matches("[a-z0-9][a-z0-9\\-/]*")) {
            LOG.error("View id '{}' of {} is not valid (lower-case letters, digits, '-', '/'); ignored", view.id(), view.getClass().getName());
            return;
        }
        ViewContribution previous = views.putIfAbsent(view.id(), view);
        if (previous != null) {
            LOG.error("View id '{}' is taken by {}; {} ignored", view.id(), previous.getClass().getName(), view.getClass().getName());
            return;
        }
        fire();
    }

    void unbindView(ViewContribution view) {
        if (views.remove(view.id(), view)) {
            fire();
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindWidget(DashboardWidget widget) {
        widgets.add(widget);
        fire();
    }

    void unbindWidget(DashboardWidget widget) {
        widgets.remove(widget);
        fire();
    }

    public Optional<ViewContribution> view(String id) {
        return Optional.ofNullable(views.get(id));
    }

    /** All views ordered by module then order then id. */
    public List<ViewContribution> views() {
        List<ViewContribution> list = new ArrayList<>(views.values());
        list.sort(Comparator.comparing(ViewContribution::moduleId).thenComparingInt(ViewContribution::order)
                .thenComparing(ViewContribution::id));
        return list;
    }

    public List<DashboardWidget> widgets() {
        List<DashboardWidget> list = new ArrayList<>(widgets);
        list.sort(Comparator.comparingInt(DashboardWidget::order).thenComparing(DashboardWidget::moduleId));
        return list;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void fire() {
        if (framework.getState() == Bundle.STOPPING) {
            // every module leaves as the portal stops; rebuilding the open tabs' menus then only meets services that
            // are gone (an error page and a logged ERROR per tab and module)
            return;
        }
        for (Runnable l : listeners) {
            try {
                updates.execute(() -> {
                    try {
                        l.run();
                    } catch (RuntimeException e) {
                        LOG.warn("A UI listener failed", e);
                    }
                });
            } catch (RejectedExecutionException shuttingDown) {
                return;
            }
        }
    }
}
