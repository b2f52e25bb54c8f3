package org.jindu.portal.platform.admin;

import java.util.List;

/**
 * What keeps the portal from serving fully right now, for the health check: a module that is present but not working
 * (not resolved, not started, a component or migration failed, still starting) and, in demo mode, demo data not yet
 * loaded. Empty when the portal is ready.
 */
public interface Readiness {
    /**
     * One thing not ready.
     *
     * @param module the module id ({@code portal} for the platform)
     * @param what   a word for what: a {@code ModuleProblem.Kind} name or {@code DEMO_DATA}
     */
    record NotReady(String module, String what) {
    }

    List<NotReady> notReady();
}
