package org.jindu.portal.ui.internal.admin;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

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

/** 用户管理: the system administrator's screen over every account. */
@Component(service = ViewContribution.class)
public class UsersView extends AccountsView {

    @Activate
    public UsersView(@Reference UserAdmin users, @Reference OrgDirectory org) {
        super("admin/users", Text.of("用户管理", "Users"), PlatformPermissions.ADMIN_USERS, 100, users, org);
    }

    @Override
    Collection<Role> roleChoices(ViewContext ctx) {
        return EnumSet.allOf(Role.class);
    }

    @Override
    Collection<MemberUnit> unitChoices(ViewContext ctx) {
        return org.units();
    }

    @Override
    Collection<OrgNode> scopeChoices(ViewContext ctx) {
        return org.root() == null ? List.of() : org.subtree(org.root().id());
    }
}
