package org.jindu.portal.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.jindu.portal.api.AccessPolicy;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.ui.DashboardWidget;
import org.jindu.portal.api.ui.ViewContribution;

/** Which contributions a user may open: the one rule behind the menu, the home page and {@code /api/v1/navigation}. */
public final class Navigation {
    private Navigation() {
    }

    public static boolean allowed(AccessPolicy access, UserContext user, ViewContribution v) {
        return access.isModuleUsable(user, v.moduleId()) && (v.permission() == null || access.isPermitted(user, v.permission()));
    }

    public static List<ViewContribution> views(ViewRegistry registry, AccessPolicy access, UserContext user) {
        List<ViewContribution> result = new ArrayList<>();
        for (ViewContribution v : registry.views()) {
            if (allowed(access, user, v)) {
                result.add(v);
            }
        }
        return result;
    }

    public static List<DashboardWidget> widgets(ViewRegistry registry, AccessPolicy access, UserContext user) {
        List<DashboardWidget> result = new ArrayList<>();
        for (DashboardWidget w : registry.widgets()) {
            if (access.isModuleUsable(user, w.moduleId()) && (w.permission() == null || access.isPermitted(user, w.permission()))) {
                result.add(w);
            }
        }
        return result;
    }
}
