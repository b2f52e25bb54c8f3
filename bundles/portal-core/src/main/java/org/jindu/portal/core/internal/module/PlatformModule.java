package org.jindu.portal.core.internal.module;

import java.util.List;

import org.jindu.portal.api.PlatformPermissions;
import org.jindu.portal.api.Role;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.module.ModuleDescriptor;
import org.jindu.portal.api.module.PermissionDef;
import org.osgi.service.component.annotations.Component;

/**
 * The platform declares its own permissions through the same SPI as a module, so that their default grants, their
 * listing on the roles screen and their checks work exactly like a module's. It is not listed as a module.
 */
@Component(service = ModuleDescriptor.class, property = ModuleDescriptor.MODULE_ID + "=" + PlatformPermissions.MODULE_ID)
public class PlatformModule implements ModuleDescriptor {
    private static final Role[] EVERYONE = Role.values();

    @Override
    public String id() {
        return PlatformPermissions.MODULE_ID;
    }

    @Override
    public Text name() {
        return Text.of("平台", "Platform");
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public List<PermissionDef> permissions() {
        return List.of(
                PermissionDef.of(PlatformPermissions.ORG_READ, "查看组织架构", "Read the org tree", EVERYONE),
                PermissionDef.of(PlatformPermissions.ADMIN_ORG, "管理组织架构和成员单位", "Manage the org tree and units", Role.SYSTEM_ADMIN),
                PermissionDef.of(PlatformPermissions.ADMIN_USERS, "管理用户", "Manage users", Role.SYSTEM_ADMIN),
                PermissionDef.of(PlatformPermissions.ADMIN_ROLES, "管理角色权限", "Manage role permissions", Role.SYSTEM_ADMIN),
                PermissionDef.of(PlatformPermissions.ADMIN_MODULES, "管理模块启用", "Manage module enablement", Role.SYSTEM_ADMIN),
                PermissionDef.of(PlatformPermissions.ADMIN_PACKAGES, "安装、升级、回退和卸载模块", "Install, upgrade, roll back and remove modules", Role.SYSTEM_ADMIN),
                PermissionDef.of(PlatformPermissions.UNIT_MODULES, "为本单位启用模块", "Enable modules for one's own unit", Role.UNIT_ADMIN),
                PermissionDef.of(PlatformPermissions.UNIT_USERS, "管理本单位工作人员账号", "Manage one's own unit's staff accounts", Role.UNIT_ADMIN),
                PermissionDef.of(PlatformPermissions.AUDIT_READ, "查看审计日志", "Read the audit log", Role.SYSTEM_ADMIN));
    }
}
