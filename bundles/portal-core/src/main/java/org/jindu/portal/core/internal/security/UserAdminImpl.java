package org.jindu.portal.core.internal.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jindu.portal.api.AccessPolicy;
import org.jindu.portal.api.ConflictException;
import org.jindu.portal.api.FieldError;
import org.jindu.portal.api.NotFoundException;
import org.jindu.portal.api.PlatformPermissions;
import org.jindu.portal.api.Role;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.Validator;
import org.jindu.portal.api.audit.AuditAction;
import org.jindu.portal.core.internal.audit.AuditLogImpl;
import org.jindu.portal.api.org.OrgDirectory;
import org.jindu.portal.core.internal.domain.PasswordPolicy;
import org.jindu.portal.core.internal.persistence.UserEntity;
import org.jindu.portal.platform.admin.UserAdmin;
import org.jindu.portal.platform.admin.UserDraft;
import org.jindu.portal.platform.admin.UserInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * User administration: validation, the rule that an administrator cannot lock himself out, auditing. The system
 * administrator ({@code portal.admin.users}) manages every account; a unit administrator ({@code portal.unit.users})
 * only the staff accounts of his own units: role member-unit staff, units among his, areas inside his own. Accounts he
 * may not manage do not exist for him (404), like records outside a user's scope elsewhere.
 */
@Component(service = UserAdmin.class)
public class UserAdminImpl implements UserAdmin {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._\\-]{3,32}");
    private static final Text USER = Text.of("用户", "User");
    private static final Set<Role> UNIT_ROLES = Set.of(Role.UNIT_STAFF);

    private final UserStore store;
    private final AccessPolicy access;
    private final AuditLogImpl audit;
    private final OrgDirectory org;
    private final AuthenticatorImpl authenticator;

    @Activate
    public UserAdminImpl(@Reference UserStore store, @Reference AccessPolicy access, @Reference AuditLogImpl audit,
                         @Reference OrgDirectory org, @Reference AuthenticatorImpl authenticator) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.org = org;
        this.authenticator = authenticator;
    }

    @Override
    public List<UserInfo> users(UserContext actor) {
        boolean admin = isAdmin(actor);
        List<UserInfo> result = new ArrayList<>();
        for (UserEntity u : store.all()) {
            if (admin || manages(actor, u)) {
                result.add(UserStore.info(u));
            }
        }
        return result;
    }

    @Override
    public UserInfo user(UserContext actor, long id) {
        return UserStore.info(findManaged(actor, id));
    }

    @Override
    public UserInfo create(UserContext actor, UserDraft d) {
        boolean admin = isAdmin(actor);
        Validator v = validate(d);
        if (!admin) {
            unitLimits(actor, d, v);
        }
        Text weak = PasswordPolicy.problem(d.username(), d.password());
        if (weak != null) {
            v.add(new FieldError("password", weak));
        }
        v.throwIfInvalid();
        if (store.byUsername(d.username().strip()).isPresent()) {
            throw new ConflictException(Text.of("用户名 " + d.username() + " 已存在", "User name " + d.username() + " is taken"));
        }
        UserDraft clean = new UserDraft(d.username().strip(), d.displayName(), d.roles(), d.scopeNodeIds(), d.unitCodes(),
                d.enabled(), d.password());
        UserEntity u = audit.change(() -> {
            UserEntity created = store.create(clean);
            audit.recordInTx(actor, PlatformPermissions.MODULE_ID, AuditAction.CREATE, "user", String.valueOf(created.getId()),
                    null, describe(created));
            return created;
        });
        return UserStore.info(u);
    }

    @Override
    public UserInfo update(UserContext actor, long id, UserDraft d) {
        UserEntity old = findManaged(actor, id);
        UserDraft fixed = new UserDraft(old.getUsername(), d.displayName(), d.roles(), d.scopeNodeIds(), d.unitCodes(),
                d.enabled(), null);
        Validator v = validate(fixed);
        if (!isAdmin(actor)) {
            unitLimits(actor, fixed, v);
        }
        v.throwIfInvalid();
        if (actor.userId() == id && (!d.enabled() || !d.roles().contains(Role.SYSTEM_ADMIN))
                && old.getRoles().contains(Role.SYSTEM_ADMIN)) {
            throw new ConflictException(Text.of("不能停用自己的账号或取消自己的系统管理员角色",
                    "You cannot disable your own account or remove your own administrator role"));
        }
        String before = describe(old);
        UserEntity u = audit.change(() -> {
            UserEntity updated = store.update(id, fixed);
            audit.recordInTx(actor, PlatformPermissions.MODULE_ID, AuditAction.UPDATE, "user", String.valueOf(id), null,
                    before + " -> " + describe(updated));
            return updated;
        });
        authenticator.forget(id);
        return UserStore.info(u);
    }

    @Override
    public void resetPassword(UserContext actor, long id, String newPassword) {
        UserEntity u = findManaged(actor, id);
        Text weak = PasswordPolicy.problem(u.getUsername(), newPassword);
        if (weak != null) {
            throw ValidationException.of("password", weak);
        }
        audit.change(() -> {
            store.setPassword(id, newPassword);
            audit.recordInTx(actor, PlatformPermissions.MODULE_ID, AuditAction.UPDATE, "user", String.valueOf(id), null,
                    "password reset for " + u.getUsername());
            return null;
        });
        authenticator.forget(id);
    }

    @Override
    public void unlock(UserContext actor, long id) {
        UserEntity u = findManaged(actor, id);
        audit.change(() -> {
            store.modify(id, e -> {
                e.setFailedCount(0);
                e.setFirstFailedAt(null);
                e.setLockedUntil(null);
            });
            audit.recordInTx(actor, PlatformPermissions.MODULE_ID, AuditAction.UPDATE, "user", String.valueOf(id), null,
                    "unlocked " + u.getUsername());
            return null;
        });
    }

    @Override
    public void changeOwnPassword(UserContext user, String currentPassword, String newPassword) {
        UserEntity u = find(user.userId());
        // counted against the lock-out like a login
        authenticator.checkCurrentPassword(user, currentPassword);
        Text weak = PasswordPolicy.problem(u.getUsername(), newPassword);
        if (weak != null) {
            throw ValidationException.of("newPassword", weak);
        }
        audit.change(() -> {
            store.setPassword(u.getId(), newPassword);
            audit.recordInTx(user, PlatformPermissions.MODULE_ID, AuditAction.UPDATE, "user", String.valueOf(u.getId()), null,
                    "changed own password");
            return null;
        });
        authenticator.forget(u.getId());
    }

    private UserEntity find(long id) {
        return store.byId(id).orElseThrow(() -> NotFoundException.of(USER, id));
    }

    /** Whether the actor administers every account; otherwise he must be a unit administrator. */
    private boolean isAdmin(UserContext actor) {
        if (access.isPermitted(actor, PlatformPermissions.ADMIN_USERS)) {
            return true;
        }
        access.check(actor, PlatformPermissions.UNIT_USERS);
        return false;
    }

    /** An account the actor may manage; one he may not is answered like a missing one. */
    private UserEntity findManaged(UserContext actor, long id) {
        boolean admin = isAdmin(actor);
        UserEntity u = find(id);
        if (!admin && !manages(actor, u)) {
            throw NotFoundException.of(USER, id);
        }
        return u;
    }

    /** A unit administrator manages the staff accounts of his units: staff role only, units all among his. */
    static boolean manages(UserContext actor, UserEntity u) {
        return u.getId() != actor.userId() && !u.getUnitCodes().isEmpty() && actor.unitCodes().containsAll(u.getUnitCodes())
                && UNIT_ROLES.containsAll(u.getRoles());
    }

    /** What a unit administrator may give: the staff role, his own units, areas inside his own. */
    private void unitLimits(UserContext actor, UserDraft d, Validator v) {
        if (d.roles() != null && !UNIT_ROLES.containsAll(d.roles())) {
            v.add(new FieldError("roles", Text.of("成员单位管理员只能分配「成员单位工作人员」角色",
                    "a unit administrator gives the member-unit staff role only")));
        }
        if (d.unitCodes() == null || d.unitCodes().isEmpty() || !actor.unitCodes().containsAll(d.unitCodes())) {
            v.add(new FieldError("unitCodes", Text.of("请选择本单位 (" + String.join("、", actor.unitCodes()) + ")",
                    "choose your own unit (" + String.join(", ", actor.unitCodes()) + ")")));
        }
        if (d.scopeNodeIds() != null) {
            for (Long n : d.scopeNodeIds()) {
                if (n != null && actor.scopeNodeIds().stream().noneMatch(s -> org.isInSubtree(n, s))) {
                    v.add(new FieldError("scopeNodeIds", Text.of("管辖范围不能超出您自己的范围", "the area must lie inside your own")));
                    break;
                }
            }
        }
    }

    private Validator validate(UserDraft d) {
        Validator v = new Validator()
                .required("username", d.username(), Text.of("用户名", "User name"))
                .pattern("username", d.username() == null ? null : d.username().strip(), USERNAME,
                        Text.of("用户名为 3-32 位字母、数字或 . _ -", "user name: 3-32 letters, digits, '.', '_' or '-'"))
                .required("displayName", d.displayName(), Text.of("姓名", "Name"))
                .maxLength("displayName", d.displayName(), 100)
                .check(d.roles() != null && !d.roles().isEmpty(), "roles", Text.of("至少选择一个角色", "choose at least one role"))
                .check(d.scopeNodeIds() != null && !d.scopeNodeIds().isEmpty(), "scopeNodeIds",
                        Text.of("至少选择一个管辖范围", "choose at least one org node"));
        if (d.scopeNodeIds() != null) {
            for (Long n : d.scopeNodeIds()) {
                v.check(n != null && org.node(n).isPresent(), "scopeNodeIds", Text.of("组织节点 " + n + " 不存在", "org node " + n + " does not exist"));
            }
        }
        if (d.unitCodes() != null) {
            for (String c : d.unitCodes()) {
                v.check(org.unit(c).isPresent(), "unitCodes", Text.of("成员单位 " + c + " 不存在", "member unit " + c + " does not exist"));
            }
        }
        return v;
    }

    private static String describe(UserEntity u) {
        Set<String> roles = new TreeSet<>();
        u.getRoles().forEach(r -> roles.add(r.name()));
        return u.getUsername() + " roles=" + roles + " scopes=" + new TreeSet<>(u.getScopeNodeIds()) + " units="
                + new TreeSet<>(u.getUnitCodes()) + " enabled=" + u.isEnabled();
    }
}
