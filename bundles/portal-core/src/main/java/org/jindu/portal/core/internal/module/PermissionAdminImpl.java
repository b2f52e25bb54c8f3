package org.jindu.portal.core.internal.module;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jindu.portal.api.AccessPolicy;
import org.jindu.portal.api.ConflictException;
import org.jindu.portal.api.NotFoundException;
import org.jindu.portal.api.PlatformPermissions;
import org.jindu.portal.api.Role;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.audit.AuditAction;
import org.jindu.portal.core.internal.audit.AuditLogImpl;
import org.jindu.portal.api.module.PermissionDef;
import org.jindu.portal.api.org.UnitKind;
import org.jindu.portal.core.internal.access.PolicyStore;
import org.jindu.portal.platform.admin.PermissionAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Role grants. The administrator role keeps the platform's admin permissions, so nobody can lock the portal. */
@Component(service = PermissionAdmin.class)
public class PermissionAdminImpl implements PermissionAdmin {
    private final PolicyStore policy;
    private final AccessPolicy access;
    private final AuditLogImpl audit;

    @Activate
    public PermissionAdminImpl(@Reference PolicyStore policy, @Reference AccessPolicy access, @Reference AuditLogImpl audit) {
        this.policy = policy;
        this.access = access;
        this.audit = audit;
    }

    @Override
    public List<PermissionDef> permissions(UserContext actor) {
        access.check(actor, PlatformPermissions.ADMIN_ROLES);
        return policy.permissions();
    }

    @Override
    public Map<Role, Set<String>> grants(UserContext actor) {
        access.check(actor, PlatformPermissions.ADMIN_ROLES);
        return policy.grants();
    }

    @Override
    public void setGranted(UserContext actor, Role role, String permission, boolean granted) {
        access.check(actor, PlatformPermissions.ADMIN_ROLES);
        if (policy.permissions().stream().noneMatch(p -> p.id().equals(permission))) {
            throw NotFoundException.of(Text.of("权限", "Permission"), permission);
        }
        if (!granted && role == Role.SYSTEM_ADMIN && permission.startsWith("portal.admin.")) {
            throw new ConflictException(Text.of("系统管理员必须保留平台管理权限", "The system administrator keeps the platform admin permissions"));
        }
        audit.change(() -> {
            policy.setGranted(role, permission, granted);
            audit.recordInTx(actor, PlatformPermissions.MODULE_ID, AuditAction.UPDATE, "role-grant", role.name() + ":" + permission,
                    null, (granted ? "granted " : "revoked ") + permission + " for " + role.name());
            return null;
        });
    }

    @Override
    public PermissionDef setUnitKinds(UserContext actor, String permission, Set<UnitKind> kinds) {
        access.check(actor, PlatformPermissions.ADMIN_ROLES);
        PermissionDef before = policy.permissions().stream().filter(p -> p.id().equals(permission)).findFirst()
                .orElseThrow(() -> NotFoundException.of(Text.of("权限", "Permission"), permission));
        Set<UnitKind> after = kinds == null ? Set.of() : Set.copyOf(kinds);
        audit.change(() -> {
            policy.setUnitKinds(permission, after);
            audit.recordInTx(actor, PlatformPermissions.MODULE_ID, AuditAction.UPDATE, "permission-units", permission, null,
                    "unit kinds of " + permission + ": " + describe(before.unitKinds()) + " -> " + describe(after));
            return null;
        });
        return policy.permissions().stream().filter(p -> p.id().equals(permission)).findFirst().orElseThrow();
    }

    private static String describe(Set<UnitKind> kinds) {
        return kinds.isEmpty() ? "any" : new java.util.TreeSet<>(kinds).toString();
    }
}
