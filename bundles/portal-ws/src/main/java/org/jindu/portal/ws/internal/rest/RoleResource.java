package org.jindu.portal.ws.internal.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.jindu.portal.api.NotFoundException;
import org.jindu.portal.api.Role;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.org.UnitKind;
import org.jindu.portal.api.rest.Doc;
import org.jindu.portal.api.rest.RestResource;
import org.jindu.portal.platform.admin.PermissionAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/roles}: which role holds which permission (administrators). */
@Component(service = RestResource.class, property = RestResource.PATH + "=roles")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Doc("角色权限 (管理员) / Role permissions (administrators)")
public class RoleResource implements RestResource {
    private final PermissionAdmin permissions;

    /** A role with its permissions. */
    public record RoleGrants(Role role, String name, String nameEn, Set<String> permissions) {
    }

    /** Whether a permission is granted. */
    public record Grant(boolean granted) {
    }

    /** The kinds of member units whose staff may hold a permission (empty or absent: any unit). */
    public record UnitKinds(Set<UnitKind> unitKinds) {
    }

    @Activate
    public RoleResource(@Reference PermissionAdmin permissions) {
        this.permissions = permissions;
    }

    @GET
    @Doc("各角色的权限 / Permissions of every role")
    public List<RoleGrants> roles(@Context SecurityContext security) {
        Map<Role, Set<String>> grants = permissions.grants(Rest.user(security));
        return Arrays.stream(Role.values()).map(r -> new RoleGrants(r, r.label().zh(), r.label().en(),
                grants.getOrDefault(r, Set.of()))).toList();
    }

    @GET
    @Path("permissions")
    @Doc("全部已知权限 / Every known permission")
    public List<ModuleResource.Permission> all(@Context SecurityContext security) {
        return permissions.permissions(Rest.user(security)).stream()
                .map(ModuleResource.Permission::of).toList();
    }

    @PUT
    @Path("{role}/permissions/{permission}")
    @Doc("授予或收回权限 / Grant or revoke a permission")
    public RoleGrants set(@Context SecurityContext security, @PathParam("role") String role,
                          @PathParam("permission") String permission, Grant body) {
        UserContext u = Rest.user(security);
        Role r;
        try {
            r = Role.valueOf(role);
        } catch (IllegalArgumentException e) {
            throw NotFoundException.of(Text.of("角色", "Role"), role);
        }
        permissions.setGranted(u, r, permission, OrgResource.required(body).granted());
        return new RoleGrants(r, r.label().zh(), r.label().en(), permissions.grants(u).getOrDefault(r, Set.of()));
    }

    @PUT
    @Path("permissions/{permission}/units")
    @Doc("限定可持有该权限的成员单位类型 (需知原则) / Limit a permission to kinds of member units (need-to-know)")
    public ModuleResource.Permission setUnitKinds(@Context SecurityContext security, @PathParam("permission") String permission,
                                                  UnitKinds body) {
        Set<UnitKind> kinds = OrgResource.required(body).unitKinds();
        return ModuleResource.Permission.of(permissions.setUnitKinds(Rest.user(security), permission,
                kinds == null ? Set.of() : kinds));
    }
}
