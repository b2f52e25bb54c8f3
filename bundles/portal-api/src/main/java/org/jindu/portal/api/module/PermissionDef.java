package org.jindu.portal.api.module;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.jindu.portal.api.Role;
import org.jindu.portal.api.Text;

/**
 * A permission a module defines.
 *
 * @param id           {@code <moduleId>.<action>}, e.g. {@code assessment.application.edit}
 * @param name         what it allows, in both languages
 * @param defaultRoles roles that hold it until an administrator changes the grants
 */
public record PermissionDef(String id, Text name, Set<Role> defaultRoles) {
    public PermissionDef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (id.indexOf('.') <= 0) {
            throw new IllegalArgumentException("permission id must be <moduleId>.<action>: " + id);
        }
        defaultRoles = defaultRoles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(defaultRoles));
    }

    public static PermissionDef of(String id, String zh, String en, Role... defaultRoles) {
        return new PermissionDef(id, Text.of(zh, en), Set.of(defaultRoles));
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
