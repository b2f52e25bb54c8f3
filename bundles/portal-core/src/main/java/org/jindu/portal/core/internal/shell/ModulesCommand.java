package org.jindu.portal.core.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.jindu.portal.api.module.ModuleInfo;
import org.jindu.portal.api.module.ModuleRegistry;
import org.jindu.portal.api.org.MemberUnit;
import org.jindu.portal.api.org.OrgDirectory;

/** {@code portal:modules}: every known module, its bundle state, schema and, per member unit, whether it is enabled. */
@Service
@Command(scope = "portal", name = "modules", description = "Lists portal modules, their state and their enablement per member unit")
public class ModulesCommand implements Action {
    @Reference
    ModuleRegistry registry;
    @Reference
    OrgDirectory org;

    @Override
    public Object execute() {
        List<MemberUnit> units = org.units();
        ShellTable table = new ShellTable();
        table.column("Module");
        table.column("Version");
        table.column("State");
        table.column("Schema");
        table.column("Offered");
        for (MemberUnit u : units) {
            table.column(u.code());
        }
        table.column("Problem");
        for (ModuleInfo m : registry.modules()) {
            List<Object> row = new java.util.ArrayList<>();
            row.add(m.id() + " (" + m.name().zh() + ")");
            row.add(m.version());
            row.add(m.installed() ? "installed" : m.bundleState().toLowerCase());
            row.add(m.schemaVersion());
            row.add(m.offered() ? "yes" : "-");
            for (MemberUnit u : units) {
                row.add(m.enabledUnits().contains(u.code()) ? "on" : "-");
            }
            row.add(m.problems().stream().map(p -> p.message().en()).collect(java.util.stream.Collectors.joining("; ")));
            table.addRow().addContent(row);
        }
        table.print(System.out);
        return null;
    }
}
