package org.jindu.portal.ws.internal.rest;

import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.jindu.portal.api.AccessPolicy;
import org.jindu.portal.api.Role;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.module.ModuleRegistry;
import org.jindu.portal.api.org.OrgDirectory;
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.api.rest.Doc;
import org.jindu.portal.api.rest.RestResource;
import org.jindu.portal.platform.admin.UserAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/me}: who the caller is and what he may do; changing his own password. */
@Component(service = RestResource.class, property = RestResource.PATH + "=me")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Doc("当前用户 / The current user")
public class MeResource implements RestResource {
    private final AccessPolicy access;
    private final OrgDirectory org;
    private final ModuleRegistry modules;
    private final UserAdmin users;

    /** The caller. */
    public record Me(long id, String username, String displayName, Set<Role> roles, List<OrgNode> scopes,
                     Set<String> units, Set<String> permissions, List<String> modules) {
    }

    /** Input for a password change. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @Activate
    public MeResource(@Reference AccessPolicy access, @Reference OrgDirectory org, @Reference ModuleRegistry modules,
                      @Reference UserAdmin users) {
        this.access = access;
        this.org = org;
        this.modules = modules;
        this.users = users;
    }

    @GET
    @Doc("我的身份、管辖范围、权限和可用模块 / My identity, area, permissions and usable modules")
    public Me me(@Context SecurityContext security) {
        UserContext u = Rest.user(security);
        List<OrgNode> scopes = u.scopeNodeIds().stream().map(org::node).flatMap(java.util.Optional::stream).toList();
        List<String> usable = modules.modules().stream().filter(m -> m.installed() && access.isModuleUsable(u, m.id()))
                .map(m -> m.id()).toList();
        return new Me(u.userId(), u.username(), u.displayName(), u.roles(), scopes, u.unitCodes(),
                access.grantedPermissions(u), usable);
    }

    @POST
    @Path("password")
    @Doc("修改我的密码 / Change my password")
    public void changePassword(@Context SecurityContext security, PasswordChange change) {
        users.changeOwnPassword(Rest.user(security), change == null ? null : change.currentPassword(),
                change == null ? null : change.newPassword());
    }
}
