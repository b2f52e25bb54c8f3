package org.jindu.portal.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.jindu.portal.core.internal.module.ModuleAdminImpl;

/** Shared by {@code portal:enable} and {@code portal:disable}: a module for a member unit, audited as the console. */
abstract class EnablementCommand implements Action {
    @Argument(index = 0, name = "unit", description = "Member unit code, e.g. POLICE", required = true)
    String unit;
    @Argument(index = 1, name = "module", description = "Module id, e.g. control", required = true)
    String module;
    @Reference
    ModuleAdminImpl modules;

    private final boolean enable;

    EnablementCommand(boolean enable) {
        this.enable = enable;
    }

    @Override
    public Object execute() {
        modules.setEnabledAsOperator("karaf-console", unit, module, enable);
        System.out.println((enable ? "Enabled " : "Disabled ") + module + " for " + unit);
        return null;
    }
}
