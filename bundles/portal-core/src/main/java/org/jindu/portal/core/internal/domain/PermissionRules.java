package org.jindu.portal.core.internal.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jindu.portal.api.PlatformPermissions;
import org.jindu.portal.api.Role;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.module.PermissionDef;
import org.jindu.portal.api.org.UnitKind;

/**
 * Who holds which permission, from a snapshot of the grants, the installed modules and each unit's enabled modules.
 *
 * <p>A user holds a permission when one of his roles is granted it and its module is usable for him: the platform's
 * own permissions always are; a module's permissions are when the module is installed and, if the user works for
 * member units, at least one of them enabled it. Users without units (village staff, assessors, leaders) are not
 * restricted by enablement: their access is shaped by role and scope. The system administrator is not exempt from
 * enablement for module data, but holds every platform permission through his grants.
 *
 * <p>Need-to-know: a permission may be limited to kinds of units ({@link PermissionDef#unitKinds()}, e.g. unmasking
 * ID numbers: office and police). A user who works for units then holds it only through a unit that is of such a kind
 * <em>and</em> enabled the module: a police officer who also sits in the justice office unmasks as police, a justice
 * officer alone does not. Unit kinds come from the org tree, which changes on its own, hence the {@code kindOf} lookup.
 */
public final class PermissionRules {
    private final Map<Role, Set<String>> grants;
    private final Set<String> installedModules;
    private final Map<String, Set<String>> enabledModulesByUnit;
    private final Map<String, Set<UnitKind>> unitKindsByPermission;

    public PermissionRules(Map<Role, Set<String>> grants, Set<String> installedModules,
                           Map<String, Set<String>> enabledModulesByUnit, Map<String, Set<UnitKind>> unitKindsByPermission) {
        this.grants = Map.copyOf(grants);
        this.installedModules = Set.copyOf(installedModules);
        this.enabledModulesByUnit = Map.copyOf(enabledModulesByUnit);
        this.unitKindsByPermission = Map.copyOf(unitKindsByPermission);
    }

    public PermissionRules(Map<Role, Set<String>> grants, Set<String> installedModules,
                           Map<String, Set<String>> enabledModulesByUnit) {
        this(grants, installedModules, enabledModulesByUnit, Map.of());
    }

    /** The unit kinds a permission is limited to (empty: none). */
    public Set<UnitKind> unitKinds(String permission) {
        return unitKindsByPermission.getOrDefault(permission, Set.of());
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

    public Set<String> granted(UserContext user, Function<String, UnitKind> kindOf) {
        Set<String> result = new java.util.TreeSet<>();
        for (Role role : user.roles()) {
            for (String p : grants.getOrDefault(role, Set.of())) {
                if (usable(user, p, kindOf)) {
                    result.add(p);
                }
            }
        }
        return result;
    }

    public boolean isPermitted(UserContext user, String permission, Function<String, UnitKind> kindOf) {
        return isGranted(user, permission) && usable(user, permission, kindOf);
    }

    private boolean usable(UserContext user, String permission, Function<String, UnitKind> kindOf) {
        String module = PermissionDef.moduleIdOf(permission);
        Set<UnitKind> kinds = unitKinds(permission);
        if (kinds.isEmpty() || user.unitCodes().isEmpty()) {
            return isModuleUsable(user, module);
        }
        if (!installedModules.contains(module) && !PlatformPermissions.MODULE_ID.equals(module)) {
            return false;
        }
        for (String unit : user.unitCodes()) {
            boolean enabled = PlatformPermissions.MODULE_ID.equals(module)
                    || enabledModulesByUnit.getOrDefault(unit, Set.of()).contains(module);
            if (enabled && kinds.contains(kindOf.apply(unit))) {
                return true;
            }
        }
        return false;
    }
}
