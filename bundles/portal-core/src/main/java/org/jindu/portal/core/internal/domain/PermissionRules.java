package org.jindu.portal.core.internal.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.jindu.portal.api.PlatformPermissions;
import org.jindu.portal.api.Role;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.module.PermissionDef;

/**
 * Who holds which permission, from a snapshot of the grants, the installed modules and each unit's enabled modules.
 *
 * <p>A user holds a permission when one of his roles is granted it and its module is usable for him: the platform's
 * own permissions always are; a module's permissions are when the module is installed and, if the user works for
 * member units, at least one of them enabled it. Users without units (village staff, assessors, leaders) are not
 * restricted by enablement: their access is shaped by role and scope. The system administrator is not exempt from
 * enablement for module data, but holds every platform permission through his grants.
 */
public final class PermissionRules {
    private final Map<Role, Set<String>> grants;
    private final Set<String> installedModules;
    private final Map<String, Set<String>> enabledModulesByUnit;

    public PermissionRules(Map<Role, Set<String>> grants, Set<String> installedModules,
                           Map<String, Set<String>> enabledModulesByUnit) {
        this.grants = Map.copyOf(grants);
        this.installedModules = Set.copyOf(installedModules);
        this.enabledModulesByUnit = Map.copyOf(enabledModulesByUnit);
    }

    public boolean isModuleUsable(UserContext user, String moduleId) {
        if (PlatformPermissions.MODULE_ID.equals(moduleId)) {
            return true;
        }
        if (!installedModules.contains(moduleId)) {
            return false;
        }
        Collection<String> units = user.unitCodes();
        if (units.isEmpty()) {
            return true;
        }
        for (String unit : units) {
            if (enabledModulesByUnit.getOrDefault(unit, Set.of()).contains(moduleId)) {
                return true;
            }
        }
        return false;
    }

    public boolean isGranted(UserContext user, String permission) {
        for (Role role : user.roles()) {
            if (grants.getOrDefault(role, Set.of()).contains(permission)) {
                return true;
            }
        }
        return false;
    }

    public Set<String> granted(UserContext user) {
        Set<String> result = new java.util.TreeSet<>();
        for (Role role : user.roles()) {
            for (String p : grants.getOrDefault(role, Set.of())) {
                if (isModuleUsable(user, PermissionDef.moduleIdOf(p))) {
                    result.add(p);
                }
            }
        }
        return result;
    }

    public boolean isPermitted(UserContext user, String permission) {
        return isGranted(user, permission) && isModuleUsable(user, PermissionDef.moduleIdOf(permission));
    }
}
