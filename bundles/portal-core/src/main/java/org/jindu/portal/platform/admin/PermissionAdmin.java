package org.jindu.portal.platform.admin;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jindu.portal.api.Role;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.module.PermissionDef;
import org.jindu.portal.api.org.UnitKind;
import org.osgi.annotation.versioning.ProviderType;

/** Which role holds which permission. Reading requires {@code portal.admin.roles} too. */
@ProviderType
public interface PermissionAdmin {

    /** Every permission known to the platform: its own and those of every module it has seen. */
    List<PermissionDef> permissions(UserContext actor);

    Map<Role, Set<String>> grants(UserContext actor);

    void setGranted(UserContext actor, Role role, String permission, boolean granted);

    /**
     * Limits a permission to staff of these kinds of member units (empty: any unit; users without units go by role
     * alone). Audited.
     *
     * @return the permission as it is now
     */
    PermissionDef setUnitKinds(UserContext actor, String permission, Set<UnitKind> kinds);
}
