package org.jindu.portal.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.jindu.portal.core.internal.module.ModuleRegistryImpl;

/** {@code portal:enable <unit> <module>}: enables a module for a member unit (audited as the console). */
@Service
@Command(scope = "portal", name = "enable", description = "Enables a module for a member unit")
public class EnableCommand implements Action {
    @Argument(index = 0, name = "unit", description = "Member unit code, e.g. POLICE", required = true)
    String unit;
    @Argument(index = 1, name = "module", description = "Module id, e.g. control", required = true)
    String module;
    @Reference
    ModuleRegistryImpl registry;

    @Override
    public Object execute() {
        registry.setEnabledUnchecked("karaf-console", 0, unit, module, true);
        System.out.println("Enabled " + module + " for " + unit);
        return null;
    }
}
