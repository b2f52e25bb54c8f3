package org.jindu.portal.api.module;

import java.util.List;
import java.util.Set;

import org.jindu.portal.api.Text;

/**
 * What the platform knows of a module, for admin screens, the REST API and shell commands.
 *
 * @param id            module id
 * @param name          module name
 * @param version       module version
 * @param installed     whether its descriptor is currently registered (bundle active)
 * @param bundleState   the bundle's state as a word ({@code ACTIVE}, {@code RESOLVED}, {@code INSTALLED}, {@code UNINSTALLED} …)
 * @param problem       why the module is not working (unresolved requirement, failed migration), or {@code null}
 * @param schemaVersion the highest applied migration of its schema, 0 when it has none
 * @param enabledUnits  codes of the member units that enabled it
 * @param permissions   the permissions it defines
 */
public record ModuleInfo(String id, Text name, String version, boolean installed, String bundleState,
                         String problem, int schemaVersion, Set<String> enabledUnits, List<PermissionDef> permissions) {
}
