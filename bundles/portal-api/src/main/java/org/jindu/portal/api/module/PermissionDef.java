package org.jindu.portal.api.module;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.jindu.portal.api.Role;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.org.UnitKind;

/**
 * A permission a module defines.
 *
 * @param id           {@code <moduleId>.<action>}, e.g. {@code assessment.application.edit}
 * @param name         what it allows, in both languages
 * @param defaultRoles roles that hold it until an administrator changes the grants
 * @param unitKinds    need-to-know: a user who works for member units holds it only when one of his units is of one
 *                     of these kinds (empty: any unit); users without units go by role alone. The module's default;
 *                     an administrator may change it.
 */
public record PermissionDef(String id, Text name, Set<Role> defaultRoles, Set<UnitKind> unitKinds) {
    public PermissionDef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (id.indexOf('.') <= 0) {
            throw new IllegalArgumentException("permission id must be <moduleId>.<action>: " + id);
        }
        defaultRoles = defaultRoles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(defaultRoles));
        unitKinds = unitKinds == null || unitKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(unitKinds));
    }

    /** A permission any member unit's staff may hold (given the role). */
    public PermissionDef(String id, Text name, Set<Role> defaultRoles) {
        this(id, name, defaultRoles, Set.of());
    }

    public static PermissionDef of(String id, String zh, String en, Role... defaultRoles) {
        return new PermissionDef(id, Text.of(zh, en), Set.of(defaultRoles));
    }

    /** This permission held by unit staff only in units of these kinds, e.g. unmasking: office and police. */
    public PermissionDef onlyForUnits(UnitKind... kinds) {
        return new PermissionDef(id, name, defaultRoles, Set.of(kinds));
    }

    /** Whether staff of units of these kinds may hold it (always when no unit kinds are named, or no units given). */
    public static boolean unitAllows(Set<UnitKind> allowed, Set<UnitKind> userUnitKinds) {
        if (allowed.isEmpty() || userUnitKinds.isEmpty()) {
            return true;
        }
        for (UnitKind k : userUnitKinds) {
            if (allowed.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** The module id: everything before the first dot. */
    public String moduleId() {
        return moduleIdOf(id);
    }

    /** The module id of any permission id. */
    public static String moduleIdOf(String permissionId) {
        int dot = permissionId.indexOf('.');
        return dot < 0 ? permissionId : permissionId.substring(0, dot);
    }
}
