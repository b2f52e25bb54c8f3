package org.jindu.portal.core.internal.access;

import java.util.Set;

import org.jindu.portal.api.AccessDeniedException;
import org.jindu.portal.api.AccessPolicy;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.org.MemberUnit;
import org.jindu.portal.api.org.UnitKind;
import org.jindu.portal.core.internal.org.OrgStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Combines the permission rules with the org tree; all answers come from memory. */
@Component(service = AccessPolicy.class)
public class AccessPolicyImpl implements AccessPolicy {
    private final PolicyStore policy;
    private final OrgStore org;

    @Activate
    public AccessPolicyImpl(@Reference PolicyStore policy, @Reference OrgStore org) {
        this.policy = policy;
        this.org = org;
    }

    @Override
    public boolean isPermitted(UserContext user, String permission) {
        return user != null && policy.rules().isPermitted(user, permission, this::kindOf);
    }

    @Override
    public boolean isPermitted(UserContext user, String permission, long orgNodeId) {
        return isPermitted(user, permission) && org.tree().isVisibleFrom(orgNodeId, user.scopeNodeIds());
    }

    @Override
    public void check(UserContext user, String permission) {
        if (!isPermitted(user, permission)) {
            throw AccessDeniedException.forPermission(permission);
        }
    }

    @Override
    public void check(UserContext user, String permission, long orgNodeId) {
        check(user, permission);
        if (!org.tree().isVisibleFrom(orgNodeId, user.scopeNodeIds())) {
            throw new AccessDeniedException(Text.of("该记录不在您的管辖范围内", "This record is outside your area"));
        }
    }

    @Override
    public Set<Long> visibleNodes(UserContext user, String permission) {
        if (!isPermitted(user, permission)) {
            return Set.of();
        }
        return Set.copyOf(org.tree().visibleFrom(user.scopeNodeIds()));
    }

    @Override
    public Set<String> grantedPermissions(UserContext user) {
        return user == null ? Set.of() : policy.rules().granted(user, this::kindOf);
    }

    private UnitKind kindOf(String unitCode) {
        return org.unit(unitCode).map(MemberUnit::kind).orElse(UnitKind.OTHER);
    }

    @Override
    public boolean isModuleUsable(UserContext user, String moduleId) {
        return user != null && policy.rules().isModuleUsable(user, moduleId);
    }
}
