package org.jindu.portal.ws.internal.rest;

import java.util.List;
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

import org.jindu.portal.api.AccessPolicy;
import org.jindu.portal.api.PlatformPermissions;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.module.ModuleInfo;
import org.jindu.portal.api.module.ModuleRegistry;
import org.jindu.portal.api.rest.Doc;
import org.jindu.portal.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/modules}: installed and known modules, their state, and their enablement per member unit. */
@Component(service = RestResource.class, property = RestResource.PATH + "=modules")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Doc("模块和各单位的启用情况 (管理员) / Modules and their enablement per unit (administrators)")
public class ModuleResource implements RestResource {
    private final ModuleRegistry registry;
    private final AccessPolicy access;

    /** A module as the API shows it. */
    public record Module(String id, String name, String nameEn, String version, boolean installed, String bundleState,
                         String problem, int schemaVersion, Set<String> enabledUnits, List<Permission> permissions) {
    }

    /** A permission a module defines. */
    public record Permission(String id, String name, String nameEn) {
    }

    /** Whether a module is enabled. */
    public record Enablement(boolean enabled) {
    }

    @Activate
    public ModuleResource(@Reference ModuleRegistry registry, @Reference AccessPolicy access) {
        this.registry = registry;
        this.access = access;
    }

    @GET
    @Doc("全部模块 / All modules")
    public List<Module> list(@Context SecurityContext security) {
        access.check(Rest.user(security), PlatformPermissions.ADMIN_MODULES);
        return registry.modules().stream().map(ModuleResource::dto).toList();
    }

    @PUT
    @Path("{id}/units/{unit}")
    @Doc("为成员单位启用或停用模块 / Enable or disable a module for a member unit")
    public Module setEnabled(@Context SecurityContext security, @PathParam("id") String id,
                             @PathParam("unit") String unit, Enablement body) {
        UserContext u = Rest.user(security);
        registry.setEnabled(u, unit, id, OrgResource.required(body).enabled());
        return registry.module(id).map(ModuleResource::dto).orElseThrow();
    }

    static Module dto(ModuleInfo m) {
        return new Module(m.id(), m.name().zh(), m.name().en(), m.version(), m.installed(), m.bundleState(), m.problem(),
                m.schemaVersion(), m.enabledUnits(),
                m.permissions().stream().map(p -> new Permission(p.id(), p.name().zh(), p.name().en())).toList());
    }
}
