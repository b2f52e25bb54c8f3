package org.jindu.portal.testkit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jindu.portal.api.AccessDeniedException;
import org.jindu.portal.api.AccessPolicy;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.module.PermissionDef;
import org.jindu.portal.api.org.OrgDirectory;

/** A module's default role grants, scoped to the users' subtrees: what the platform's policy does for them. */
public final class TestAccess implements AccessPolicy {
    private final OrgDirectory org;
    private final List<PermissionDef> permissions;

    public TestAccess(OrgDirectory org, List<PermissionDef> permissions) {
        this.org = org;
        this.permissions = permissions;
    }

    @Override
    public boolean isPermitted(UserContext user, String permission) {
        return permissions.stream().filter(p -> p.id().equals(permission)).map(PermissionDef::defaultRoles)
                .anyMatch(roles -> user.roles().stream().anyMatch(roles::contains));
    }

    @Override
    public boolean isPermitted(UserContext user, String permission, long orgNodeId) {
        return isPermitted(user, permission) && user.scopeNodeIds().stream().anyMatch(s -> org.isInSubtree(orgNodeId, s));
    }

    @Override
    public void check(UserContext user, String permission) {
        if (!isPermitted(user, permission)) {
            throw AccessDeniedException.forPermission(permission);
        }
    }

    @Override
    public void check(UserContext user, String permission, long orgNodeId) {
        if (!isPermitted(user, permission, orgNodeId)) {
            throw AccessDeniedException.forPermission(permission);
        }
    }

    @Override
    public Set<Long> visibleNodes(UserContext user, String permission) {
        Set<Long> out = new HashSet<>();
        if (isPermitted(user, permission)) {
            user.scopeNodeIds().forEach(s -> out.addAll(org.subtreeIds(s)));
        }
        return out;
    }

    @Override
    public Set<String> grantedPermissions(UserContext user) {
        return permissions.stream().map(PermissionDef::id).filter(p -> isPermitted(user, p)).collect(Collectors.toSet());
    }

    @Override
    public boolean isModuleUsable(UserContext user, String moduleId) {
        return true;
    }
}
