package org.jindu.portal.ws.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.jindu.portal.api.AccessPolicy;
import org.jindu.portal.api.NotFoundException;
import org.jindu.portal.api.PlatformPermissions;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.module.ModuleInfo;
import org.jindu.portal.api.module.ModuleRegistry;
import org.jindu.portal.api.module.PermissionDef;
import org.jindu.portal.api.org.UnitKind;
import org.jindu.portal.api.rest.Created;
import org.jindu.portal.api.rest.Doc;
import org.jindu.portal.api.rest.RestResource;
import org.jindu.portal.platform.admin.EnablementPreview;
import org.jindu.portal.platform.admin.ModuleAdmin;
import org.jindu.portal.platform.admin.ModulePackages;
import org.jindu.portal.platform.admin.PackagePolicy;
import org.jindu.portal.platform.admin.PackageRecord;
import org.jindu.portal.platform.admin.PackageResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/modules}: the modules, their state and why one is not working, their offer to member units and their
 * enablement per unit. The system administrator sees and manages everything; a unit administrator sees the modules
 * offered to units (and those enabled for his units) with his own units' enablement, and switches them for his units.
 * Packages: upload (install, upgrade), roll back, remove, for the holders of {@code portal.admin.packages}.
 */
@Component(service = RestResource.class, property = RestResource.PATH + "=modules")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Doc("模块、开放和各单位的启用情况 / Modules, their offer to units and their enablement per unit")
public class ModuleResource implements RestResource {
    private final ModuleRegistry registry;
    private final ModuleAdmin admin;
    private final ModulePackages packages;
    private final AccessPolicy access;

    /** A module as the API shows it. */
    public record Module(String id, String name, String nameEn, String version, boolean installed, String bundleState,
                         String bundleName, List<Problem> problems, int schemaVersion, boolean holdsPersonalData,
                         String personalData, String personalDataEn, boolean offered, Set<String> enabledUnits,
                         List<Permission> permissions) {
    }

    /** Why a module is not working: kind (REQUIREMENT, START, COMPONENT, MIGRATION, PUBLICATION, DESCRIPTOR, PACKAGE) and reason. */
    public record Problem(String kind, String message, String messageEn) {
    }

    /**
     * A permission a module defines; {@code unitKinds}: member-unit staff hold it only in units of these kinds (empty:
     * any unit).
     */
    public record Permission(String id, String name, String nameEn, List<UnitKind> unitKinds) {
        static Permission of(PermissionDef p) {
            return new Permission(p.id(), p.name().zh(), p.name().en(), p.unitKinds().stream().sorted().toList());
        }
    }

    /**
     * Whether a module is to be enabled; {@code confirmPersonalData} confirms the preview's statement, required to
     * enable a module holding personal data (without it the answer is 409 with the statement as message).
     */
    public record Enablement(boolean enabled, boolean confirmPersonalData) {
    }

    /** Whether a module is offered to the member units. */
    public record Offer(boolean offered) {
    }

    /** What enabling a module for a unit shows to whom. */
    public record Preview(String moduleId, String unitCode, boolean holdsPersonalData, List<String> staff,
                          List<String> permissions, String confirmation, String confirmationEn) {
    }

    /** What a package operation did, and the module as it runs afterwards. */
    public record PackageOutcome(String moduleId, String operation, String fromVersion, String toVersion, String signer,
                                 String sha256, Module module) {
    }

    @Activate
    public ModuleResource(@Reference ModuleRegistry registry, @Reference ModuleAdmin admin, @Reference ModulePackages packages,
                          @Reference AccessPolicy access) {
        this.registry = registry;
        this.admin = admin;
        this.packages = packages;
        this.access = access;
    }

    @POST
    @Path("packages")
    @Consumes({"application/java-archive", MediaType.APPLICATION_OCTET_STREAM, "application/zip"})
    @Doc("上传模块安装包 (jar 或 KAR，请求体即文件) 并安装或升级; 先检查签名、Portal-Module、数据库版本和能否解析，不合格则不作任何改动 / "
            + "Upload a module package (jar or KAR, the body is the file) and install or upgrade it; checked first (signature, "
            + "Portal-Module, schema, resolution), a refused package changes nothing")
    @Created
    public PackageOutcome upload(@Context SecurityContext security,
                           @Doc("文件名 / file name") @QueryParam("fileName") String fileName,
                           @Doc("发送方计算的 SHA-256 (十六进制)，用于核对 / the sender's SHA-256 (hex), checked") @QueryParam("sha256") String sha256,
                           InputStream body) throws IOException {
        PackageResult r = packages.install(Rest.user(security), body, fileName, sha256);
        return outcome(r);
    }

    @GET
    @Path("packages/policy")
    @Doc("接受哪些安装包: 是否允许未签名，信任哪些发布者 / Which packages are accepted: unsigned or not, which publishers")
    public PackagePolicy policy(@Context SecurityContext security) {
        return packages.policy(Rest.user(security));
    }

    @GET
    @Path("{id}/packages")
    @Doc("模块的安装包记录 (最新在前) / The module's packages, newest first")
    public List<PackageRecord> packages(@Context SecurityContext security, @PathParam("id") String id) {
        return packages.packages(Rest.user(security), id);
    }

    @POST
    @Path("{id}/rollback")
    @Doc("回退到上一版本 (数据库已迁移到上一版本不认识的版本时拒绝) / Roll back to the previous version (refused when the tables are beyond what it knows)")
    public PackageOutcome rollback(@Context SecurityContext security, @PathParam("id") String id) {
        return outcome(packages.rollback(Rest.user(security), id));
    }

    @DELETE
    @Path("{id}")
    @Doc("卸载模块 (表和数据保留) / Remove a module (its tables and data stay)")
    public Response remove(@Context SecurityContext security, @PathParam("id") String id) {
        packages.remove(Rest.user(security), id);
        return Response.noContent().build();
    }

    private static PackageOutcome outcome(PackageResult r) {
        return new PackageOutcome(r.moduleId(), r.operation(), r.fromVersion(), r.toVersion(), r.signer(), r.sha256(),
                r.module() == null ? null : dto(r.module()));
    }

    @GET
    @Doc("模块列表 (系统管理员: 全部; 成员单位管理员: 向成员单位开放的和本单位已启用的) / Modules (administrator: all; unit administrator: offered ones and his units' own)")
    public List<Module> list(@Context SecurityContext security) {
        UserContext user = Rest.user(security);
        if (access.isPermitted(user, PlatformPermissions.ADMIN_MODULES)) {
            return registry.modules().stream().map(ModuleResource::dto).toList();
        }
        access.check(user, PlatformPermissions.UNIT_MODULES);
        return registry.modules().stream().map(m -> forUnitAdmin(m, user.unitCodes())).filter(m -> m != null).toList();
    }

    @PUT
    @Path("{id}/offer")
    @Doc("向成员单位开放或收回模块 (系统管理员) / Offer a module to the member units, or withdraw the offer (administrator)")
    public Module setOffered(@Context SecurityContext security, @PathParam("id") String id, Offer body) {
        admin.setOffered(Rest.user(security), id, OrgResource.required(body).offered());
        return current(id);
    }

    @GET
    @Path("{id}/units/{unit}/preview")
    @Doc("为成员单位启用模块前: 哪些账号将看到哪些信息 / Before enabling a module for a unit: who will see what")
    public Preview preview(@Context SecurityContext security, @PathParam("id") String id, @PathParam("unit") String unit) {
        EnablementPreview p = admin.preview(Rest.user(security), unit, id);
        return new Preview(p.moduleId(), p.unitCode(), p.holdsPersonalData(), p.staff(),
                p.permissions().stream().map(Text::zh).toList(), p.confirmation().zh(), p.confirmation().en());
    }

    @PUT
    @Path("{id}/units/{unit}")
    @Doc("为成员单位启用或停用模块; 含个人信息的模块须 confirmPersonalData=true, 否则 409 返回须确认的说明 / "
            + "Enable or disable a module for a member unit; a module with personal data needs confirmPersonalData=true, else 409 with the statement to confirm")
    public Module setEnabled(@Context SecurityContext security, @PathParam("id") String id,
                             @PathParam("unit") String unit, Enablement body) {
        UserContext user = Rest.user(security);
        Enablement e = OrgResource.required(body);
        admin.setEnabled(user, unit, id, e.enabled(), e.confirmPersonalData());
        ModuleInfo m = registry.module(id).orElseThrow(() -> NotFoundException.of(Text.of("模块", "Module"), id));
        return access.isPermitted(user, PlatformPermissions.ADMIN_MODULES) ? dto(m) : forUnitAdmin(m, user.unitCodes());
    }

    private Module current(String id) {
        return registry.module(id).map(ModuleResource::dto).orElseThrow(() -> NotFoundException.of(Text.of("模块", "Module"), id));
    }

    /** What a unit administrator sees of a module: offered or enabled for his units, his units' enablement only. */
    private static Module forUnitAdmin(ModuleInfo m, Set<String> units) {
        Set<String> mine = m.enabledUnits().stream().filter(units::contains).collect(Collectors.toSet());
        if (!m.offered() && mine.isEmpty()) {
            return null;
        }
        Module full = dto(m);
        return new Module(full.id(), full.name(), full.nameEn(), full.version(), full.installed(), full.bundleState(), null,
                List.of(), full.schemaVersion(), full.holdsPersonalData(), full.personalData(), full.personalDataEn(),
                full.offered(), mine, full.permissions());
    }

    static Module dto(ModuleInfo m) {
        return new Module(m.id(), m.name().zh(), m.name().en(), m.version(), m.installed(), m.bundleState(), m.bundleName(),
                m.problems().stream().map(p -> new Problem(p.kind().name(), p.message().zh(), p.message().en())).toList(),
                m.schemaVersion(), m.holdsPersonalData(), m.personalData() == null ? null : m.personalData().zh(),
                m.personalData() == null ? null : m.personalData().en(), m.offered(), m.enabledUnits(),
                m.permissions().stream().map(Permission::of).toList());
    }
}
