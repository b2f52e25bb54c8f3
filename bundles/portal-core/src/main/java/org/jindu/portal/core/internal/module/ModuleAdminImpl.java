package org.jindu.portal.core.internal.module;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jindu.portal.api.AccessDeniedException;
import org.jindu.portal.api.AccessPolicy;
import org.jindu.portal.api.NotFoundException;
import org.jindu.portal.api.PlatformPermissions;
import org.jindu.portal.api.Role;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.audit.AuditAction;
import org.jindu.portal.core.internal.audit.AuditLogImpl;
import org.jindu.portal.api.module.ModuleInfo;
import org.jindu.portal.api.module.PermissionDef;
import org.jindu.portal.api.org.MemberUnit;
import org.jindu.portal.api.org.OrgDirectory;
import org.jindu.portal.core.internal.access.PolicyStore;
import org.jindu.portal.core.internal.persistence.UserEntity;
import org.jindu.portal.core.internal.security.UserStore;
import org.jindu.portal.platform.admin.ConfirmationRequiredException;
import org.jindu.portal.platform.admin.EnablementPreview;
import org.jindu.portal.platform.admin.ModuleAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Offers and per-unit enablement. The system administrator may do both for every unit; a unit administrator only
 * enables or disables offered modules for his own units. Enabling a module with personal data needs the confirmation
 * of a statement that names the unit's accounts, the data and what their roles may do with it; the audit entry keeps
 * the statement.
 */
@Component(service = {ModuleAdmin.class, ModuleAdminImpl.class})
public class ModuleAdminImpl implements ModuleAdmin {
    private static final Text MODULE = Text.of("模块", "Module");
    private static final int NAMES_SHOWN = 10;

    private final PolicyStore policy;
    private final AccessPolicy access;
    private final AuditLogImpl audit;
    private final OrgDirectory org;
    private final UserStore users;
    private final ModuleRegistryImpl registry;

    @Activate
    public ModuleAdminImpl(@Reference PolicyStore policy, @Reference AccessPolicy access, @Reference AuditLogImpl audit,
                           @Reference OrgDirectory org, @Reference UserStore users, @Reference ModuleRegistryImpl registry) {
        this.policy = policy;
        this.access = access;
        this.audit = audit;
        this.org = org;
        this.users = users;
        this.registry = registry;
    }

    @Override
    public void setOffered(UserContext actor, String moduleId, boolean offered) {
        access.check(actor, PlatformPermissions.ADMIN_MODULES);
        ModuleInfo module = known(moduleId);
        audit.change(() -> {
            policy.setOffered(moduleId, offered);
            audit.recordInTx(actor, PlatformPermissions.MODULE_ID, AuditAction.UPDATE, "module-offer", moduleId, null,
                    (offered ? "offered " : "withdrew the offer of ") + moduleId + " (" + module.name().zh() + ") to member units");
            return null;
        });
        registry.fire();
    }

    @Override
    public EnablementPreview preview(UserContext actor, String unitCode, String moduleId) {
        MemberUnit unit = unit(unitCode);
        ModuleInfo module = known(moduleId);
        checkMayManage(actor, unit, module, true);
        return preview(unit, module);
    }

    @Override
    public void setEnabled(UserContext actor, String unitCode, String moduleId, boolean enabled, boolean personalDataConfirmed) {
        MemberUnit unit = unit(unitCode);
        ModuleInfo module = known(moduleId);
        checkMayManage(actor, unit, module, enabled);
        String confirmed = null;
        if (enabled && module.holdsPersonalData() && !module.enabledUnits().contains(unitCode)) {
            EnablementPreview preview = preview(unit, module);
            if (!personalDataConfirmed) {
                throw new ConfirmationRequiredException(Text.of("需要确认: " + preview.confirmation().zh(),
                        "Confirmation needed: " + preview.confirmation().en()));
            }
            confirmed = preview.confirmation().zh();
        }
        apply(actor, unitCode, moduleId, enabled, confirmed);
    }

    /** For the Karaf console, whose users are trusted operators but not portal users. */
    public void setEnabledAsOperator(String operator, String unitCode, String moduleId, boolean enabled) {
        unit(unitCode);
        known(moduleId);
        apply(new UserContext(0, operator, operator, Set.of(), Set.of(), Set.of(), null), unitCode, moduleId, enabled,
                "enabled from the Karaf console by the operator");
    }

    private void apply(UserContext actor, String unitCode, String moduleId, boolean enabled, String confirmation) {
        audit.change(() -> {
            policy.setEnabled(unitCode, moduleId, enabled, actor.username());
            audit.recordInTx(actor, PlatformPermissions.MODULE_ID, AuditAction.UPDATE, "module-enablement", moduleId + "@" + unitCode,
                    null, (enabled ? "enabled " : "disabled ") + moduleId + " for " + unitCode
                            + (confirmation == null ? "" : "; confirmed: " + confirmation));
            return null;
        });
        registry.enablementChanged(unitCode, moduleId, enabled);
    }

    /**
     * The system administrator manages every unit; a unit administrator his own units, and enables only offered
     * modules (he may always disable).
     */
    private void checkMayManage(UserContext actor, MemberUnit unit, ModuleInfo module, boolean enabling) {
        if (access.isPermitted(actor, PlatformPermissions.ADMIN_MODULES)) {
            return;
        }
        access.check(actor, PlatformPermissions.UNIT_MODULES);
        if (!actor.unitCodes().contains(unit.code())) {
            throw new AccessDeniedException(Text.of("只能为本单位启用或停用模块，" + unit.name() + " 不是您的单位",
                    "You manage modules of your own unit only; " + unit.nameEn() + " is not yours"));
        }
        if (enabling && !module.offered()) {
            throw new AccessDeniedException(Text.of("系统管理员尚未向成员单位开放模块 " + module.name().zh(),
                    "The system administrator has not offered " + module.name().en() + " to member units"));
        }
    }

    private EnablementPreview preview(MemberUnit unit, ModuleInfo module) {
        List<UserEntity> staff = users.ofUnit(unit.code());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        staff.forEach(u -> roles.addAll(u.getRoles()));
        List<Text> permissions = new ArrayList<>();
        for (PermissionDef p : module.permissions()) {
            if (roles.stream().anyMatch(r -> policy.grants().getOrDefault(r, Set.of()).contains(p.id()))) {
                permissions.add(p.name());
            }
        }
        List<String> names = staff.stream().map(u -> u.getDisplayName() + " (" + u.getUsername() + ")").toList();
        String shownZh = names.isEmpty() ? "目前没有账号" : String.join("、", names.subList(0, Math.min(NAMES_SHOWN, names.size())))
                + (names.size() > NAMES_SHOWN ? " 等 " + names.size() + " 人" : "");
        String shownEn = names.isEmpty() ? "no accounts yet" : String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size())))
                + (names.size() > NAMES_SHOWN ? " and " + (names.size() - NAMES_SHOWN) + " more" : "");
        String dataZh = module.personalData() != null ? module.personalData().zh() : "个人信息";
        String dataEn = module.personalData() != null ? module.personalData().en() : "personal data";
        String permsZh = permissions.isEmpty() ? "无" : permissions.stream().map(Text::zh).collect(Collectors.joining("、"));
        String permsEn = permissions.isEmpty() ? "none" : permissions.stream().map(Text::en).collect(Collectors.joining(", "));
        Text statement = module.holdsPersonalData()
                ? Text.of("为" + unit.name() + "启用「" + module.name().zh() + "」后，该单位的 " + staff.size() + " 个账号（" + shownZh
                        + "）将可在各自的管辖范围内查看" + dataZh + "；其角色在本模块可以：" + permsZh + "。此确认将记入审计日志。",
                        "Once " + module.name().en() + " is enabled for " + unit.nameEn() + ", its " + staff.size() + " accounts ("
                                + shownEn + ") will see " + dataEn + " within their areas; their roles may, in this module: "
                                + permsEn + ". This confirmation is recorded in the audit log.")
                : Text.of("为" + unit.name() + "启用「" + module.name().zh() + "」：该单位的 " + staff.size() + " 个账号（" + shownZh
                        + "）可以：" + permsZh + "。", "Enable " + module.name().en() + " for " + unit.nameEn() + ": its "
                        + staff.size() + " accounts (" + shownEn + ") may: " + permsEn + ".");
        return new EnablementPreview(module.id(), unit.code(), module.holdsPersonalData(), names, permissions, statement);
    }

    private MemberUnit unit(String unitCode) {
        return org.unit(unitCode).orElseThrow(() -> NotFoundException.of(Text.of("成员单位", "Member unit"), unitCode));
    }

    private ModuleInfo known(String moduleId) {
        if (moduleId == null || PlatformPermissions.MODULE_ID.equals(moduleId)) {
            throw NotFoundException.of(MODULE, moduleId);
        }
        return registry.module(moduleId).orElseThrow(() -> NotFoundException.of(MODULE, moduleId));
    }
}
