package org.jindu.portal.ui.internal.admin;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jindu.portal.api.PlatformPermissions;
import org.jindu.portal.api.PortalException;
import org.jindu.portal.api.Role;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.org.MemberUnit;
import org.jindu.portal.api.org.OrgDirectory;
import org.jindu.portal.api.org.OrgNode;
import org.jindu.portal.api.ui.AbstractViewContribution;
import org.jindu.portal.api.ui.Dialogs;
import org.jindu.portal.api.ui.ViewContext;
import org.jindu.portal.platform.admin.UserAdmin;
import org.jindu.portal.platform.admin.UserDraft;
import org.jindu.portal.platform.admin.UserInfo;

import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.CheckBoxGroup;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.PasswordField;
import com.vaadin.ui.TextField;
import com.vaadin.ui.TwinColSelect;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * Accounts with their roles, areas and units; create, edit, reset password, unlock. Two screens share it: 用户管理 for
 * the system administrator (every account, every choice) and 本单位人员 for a unit administrator (his units' staff;
 * the service refuses anything else, the form offers only what he may give).
 */
abstract class AccountsView extends AbstractViewContribution {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    protected final UserAdmin users;
    protected final OrgDirectory org;

    AccountsView(String id, Text title, String permission, int order, UserAdmin users, OrgDirectory org) {
        super(id, PlatformPermissions.MODULE_ID, title, permission, order, "USERS");
        this.users = users;
        this.org = org;
    }

    /** The roles the form offers. */
    abstract Collection<Role> roleChoices(ViewContext ctx);

    /** The member units the form offers. */
    abstract Collection<MemberUnit> unitChoices(ViewContext ctx);

    /** The org nodes the form offers as areas. */
    abstract Collection<OrgNode> scopeChoices(ViewContext ctx);

    @Override
    public com.vaadin.ui.Component createView(ViewContext ctx, String parameters) {
        Grid<UserInfo> grid = new Grid<>();
        grid.setId("users-grid");
        grid.setSizeFull();
        grid.addColumn(UserInfo::username).setCaption(ctx.t("用户名", "User name")).setId("username");
        grid.addColumn(UserInfo::displayName).setCaption(ctx.t("姓名", "Name"));
        grid.addColumn(u -> u.roles().stream().map(r -> r.label(ctx.locale())).collect(Collectors.joining("、"))).setCaption(ctx.t("角色", "Roles"));
        grid.addColumn(u -> u.scopeNodeIds().stream().map(org::node).flatMap(java.util.Optional::stream)
                .map(n -> n.name(ctx.locale())).collect(Collectors.joining("、"))).setCaption(ctx.t("管辖范围", "Area"));
        grid.addColumn(u -> String.join("、", u.unitCodes())).setCaption(ctx.t("成员单位", "Units"));
        grid.addColumn(u -> u.enabled() ? ctx.t("启用", "Enabled") : ctx.t("停用", "Disabled")).setCaption(ctx.t("状态", "Status"));
        grid.addColumn(u -> u.lockedUntil() == null ? "" : ctx.t("锁定至 ", "locked until ") + TIME.format(u.lockedUntil())).setCaption(ctx.t("锁定", "Lock"));
        grid.addColumn(u -> u.lastLogin() == null ? "" : TIME.format(u.lastLogin())).setCaption(ctx.t("最近登录", "Last login"));
        Runnable reload = () -> grid.setItems(users.users(ctx.user()));
        reload.run();

        Button add = new Button(ctx.t("新建用户", "New user"), e -> edit(ctx, null, reload));
        add.setId("users-new");
        add.addStyleName(ValoTheme.BUTTON_PRIMARY);
        Button edit = new Button(ctx.t("编辑", "Edit"), e -> grid.getSelectedItems().stream().findFirst().ifPresent(u -> edit(ctx, u, reload)));
        Button reset = new Button(ctx.t("重置密码", "Reset password"), e -> grid.getSelectedItems().stream().findFirst().ifPresent(u -> resetPassword(ctx, u, reload)));
        Button unlock = new Button(ctx.t("解除锁定", "Unlock"), e -> grid.getSelectedItems().stream().findFirst().ifPresent(u -> {
            try {
                users.unlock(ctx.user(), u.id());
                ctx.showInfo(Text.of("已解锁 " + u.username(), "Unlocked " + u.username()));
                reload.run();
            } catch (PortalException ex) {
                ctx.showError(ex);
            }
        }));
        edit.setEnabled(false);
        reset.setEnabled(false);
        unlock.setEnabled(false);
        grid.addSelectionListener(e -> {
            boolean one = e.getFirstSelectedItem().isPresent();
            edit.setEnabled(one);
            reset.setEnabled(one);
            unlock.setEnabled(one);
        });
        grid.addItemClickListener(e -> {
            if (e.getMouseEventDetails().isDoubleClick()) {
                edit(ctx, e.getItem(), reload);
            }
        });
        VerticalLayout root = new VerticalLayout(new HorizontalLayout(add, edit, reset, unlock), grid);
        root.setId("users-view");
        root.setSizeFull();
        root.setExpandRatio(grid, 1);
        return root;
    }

    private void edit(ViewContext ctx, UserInfo existing, Runnable reload) {
        TextField username = new TextField(ctx.t("用户名", "User name"));
        username.setId("user-username");
        TextField name = new TextField(ctx.t("姓名", "Name"));
        name.setId("user-displayName");
        CheckBoxGroup<Role> roles = new CheckBoxGroup<>(ctx.t("角色", "Roles"), roleChoices(ctx));
        roles.setItemCaptionGenerator(r -> r.label(ctx.locale()));
        roles.setId("user-roles");
        TwinColSelect<OrgNode> scopes = new TwinColSelect<>(ctx.t("管辖范围 (含下级)", "Area (with everything below)"));
        scopes.setItems(scopeChoices(ctx));
        scopes.setItemCaptionGenerator(n -> org.path(n.id()).stream().skip(1).map(p -> p.name(ctx.locale()))
                .collect(Collectors.joining(" / ")).replaceFirst("^$", n.name(ctx.locale())));
        scopes.setRows(8);
        scopes.setWidth("100%");
        scopes.setId("user-scopes");
        CheckBoxGroup<MemberUnit> units = new CheckBoxGroup<>(ctx.t("成员单位", "Member units"), unitChoices(ctx));
        units.setItemCaptionGenerator(u -> u.name(ctx.locale()));
        units.setId("user-units");
        CheckBox enabled = new CheckBox(ctx.t("启用", "Enabled"), true);
        PasswordField password = new PasswordField(ctx.t("初始密码 (至少 8 位，含字母和数字)", "Initial password (8+ characters, letters and digits)"));
        password.setId("user-password");
        FormLayout form = new FormLayout(username, name, roles, scopes, units, enabled);
        if (existing == null) {
            form.addComponent(password);
            if (roleChoices(ctx).size() == 1) {
                roles.setValue(Set.copyOf(roleChoices(ctx)));
            }
            if (unitChoices(ctx).size() == 1) {
                units.setValue(Set.copyOf(unitChoices(ctx)));
            }
        } else {
            username.setValue(existing.username());
            username.setReadOnly(true);
            name.setValue(existing.displayName());
            roles.setValue(existing.roles());
            scopes.setValue(existing.scopeNodeIds().stream().map(org::node).flatMap(java.util.Optional::stream).collect(Collectors.toSet()));
            units.setValue(existing.unitCodes().stream().map(org::unit).flatMap(java.util.Optional::stream).collect(Collectors.toSet()));
            enabled.setValue(existing.enabled());
        }
        Map<String, com.vaadin.ui.AbstractComponent> fields = Map.of("username", username, "displayName", name,
                "roles", roles, "scopeNodeIds", scopes, "unitCodes", units, "password", password);
        Dialogs.open(existing == null ? ctx.t("新建用户", "New user") : ctx.t("编辑用户", "Edit user"), form,
                ctx.t("保存", "Save"), ctx.t("取消", "Cancel"), () -> {
                    Set<Long> scopeIds = scopes.getValue().stream().map(OrgNode::id).collect(Collectors.toSet());
                    Set<String> unitCodes = units.getValue().stream().map(MemberUnit::code).collect(Collectors.toSet());
                    UserDraft draft = new UserDraft(username.getValue(), name.getValue(), new HashSet<>(roles.getValue()),
                            scopeIds, unitCodes, enabled.getValue(), password.getValue());
                    return Dialogs.save(ctx, fields, () -> {
                        if (existing == null) {
                            users.create(ctx.user(), draft);
                        } else {
                            users.update(ctx.user(), existing.id(), draft);
                        }
                    }, reload);
                });
    }

    private void resetPassword(ViewContext ctx, UserInfo user, Runnable reload) {
        PasswordField password = new PasswordField(ctx.t("新密码 (至少 8 位，含字母和数字)", "New password (8+ characters, letters and digits)"));
        password.setId("reset-password");
        Dialogs.open(ctx.t("重置密码：", "Reset password: ") + user.username(), new FormLayout(password),
                ctx.t("保存", "Save"), ctx.t("取消", "Cancel"), () -> {
                    return Dialogs.save(ctx, Map.of("password", password),
                            () -> users.resetPassword(ctx.user(), user.id(), password.getValue()), reload);
                });
    }
}
