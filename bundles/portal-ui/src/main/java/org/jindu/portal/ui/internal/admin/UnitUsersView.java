package org.jindu.portal.ui.internal.admin;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jindu.portal.api.PlatformPermissions;
import org.jindu.portal.api.Role;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.org.MemberUnit;
import org.jindu.portal.api.org.OrgDirectory;
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.api.ui.ViewContext;
import org.jindu.portal.api.ui.ViewContribution;
import org.jindu.portal.platform.admin.UserAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** 本单位人员: a unit administrator's screen over his units' staff accounts. */
@Component(service = ViewContribution.class)
public class UnitUsersView extends AccountsView {

    @Activate
    public UnitUsersView(@Reference UserAdmin users, @Reference OrgDirectory org) {
        super("unit/users", Text.of("本单位人员", "My unit's staff"), PlatformPermissions.UNIT_USERS, 91, users, org);
    }

    @Override
    Collection<Role> roleChoices(ViewContext ctx) {
        return List.of(Role.UNIT_STAFF);
    }

    @Override
    Collection<MemberUnit> unitChoices(ViewContext ctx) {
        return ctx.user().unitCodes().stream().map(org::unit).flatMap(java.util.Optional::stream).toList();
    }

    @Override
    Collection<OrgNode> scopeChoices(ViewContext ctx) {
        Set<OrgNode> nodes = new LinkedHashSet<>();
        ctx.user().scopeNodeIds().forEach(id -> nodes.addAll(org.subtree(id)));
        return nodes;
    }
}
