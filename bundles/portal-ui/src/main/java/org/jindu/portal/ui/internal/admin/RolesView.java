package org.jindu.portal.ui.internal.admin;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jindu.portal.api.PlatformPermissions;
import org.jindu.portal.api.PortalException;
import org.jindu.portal.api.Role;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.module.PermissionDef;
import org.jindu.portal.api.org.UnitKind;
import org.jindu.portal.api.ui.Dialogs;
import org.jindu.portal.api.ui.AbstractViewContribution;
import org.jindu.portal.api.ui.ViewContext;
import org.jindu.portal.api.ui.ViewContribution;
import org.jindu.portal.platform.admin.PermissionAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.CheckBoxGroup;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/** 角色权限: a matrix of permissions × roles; ticking a box grants at once (audited). */
@Component(service = ViewContribution.class)
public class RolesView extends AbstractViewContribution {
    private final PermissionAdmin permissions;

    @Activate
    public RolesView(@Reference PermissionAdmin permissions) {
        super("admin/roles", PlatformPermissions.MODULE_ID, Text.of("角色权限", "Role permissions"),
                PlatformPermissions.ADMIN_ROLES, 120, "LOCK");
        this.permissions = permissions;
    }

    @Override
    public com.vaadin.ui.Component createView(ViewContext ctx, String parameters) {
        Map<Role, Set<String>> grants = permissions.grants(ctx.user());
        Grid<PermissionDef> grid = new Grid<>();
        grid.setId("roles-grid");
        grid.setSizeFull();
        grid.addColumn(PermissionDef::moduleId).setCaption(ctx.t("模块", "Module"));
        grid.addColumn(p -> p.name().get(ctx.locale())).setCaption(ctx.t("权限", "Permission")).setExpandRatio(1);
        grid.addColumn(PermissionDef::id).setCaption("ID");
        Runnable reload = () -> grid.setItems(permissions.permissions(ctx.user()));
        grid.addComponentColumn(p -> {
            Button b = new Button(p.unitKinds().isEmpty() ? ctx.t("任何单位", "Any unit")
                    : p.unitKinds().stream().sorted().map(k -> k.label(ctx.locale())).collect(Collectors.joining("、")),
                    e -> editUnitKinds(ctx, p, reload));
            b.addStyleName(ValoTheme.BUTTON_LINK);
            b.setDescription(ctx.t("成员单位人员仅在所属单位为这些类型时持有此权限 (需知原则)",
                    "Member-unit staff hold it only in units of these kinds (need-to-know)"));
            return b;
        }).setCaption(ctx.t("限单位类型", "Unit kinds")).setWidth(180);
        for (Role role : Role.values()) {
            grid.addComponentColumn(p -> {
                CheckBox box = new CheckBox();
                box.setValue(grants.getOrDefault(role, Set.of()).contains(p.id()));
                box.addValueChangeListener(e -> {
                    if (!e.isUserOriginated()) {
                        return;
                    }
                    try {
                        permissions.setGranted(ctx.user(), role, p.id(), e.getValue());
                        ctx.showInfo(Text.of("已保存", "Saved"));
                    } catch (PortalException ex) {
                        box.setValue(e.getOldValue());
                        ctx.showError(ex);
                    }
                });
                return box;
            }).setCaption(role.label(ctx.locale())).setWidth(120);
        }
        reload.run();
        Label help = new Label(ctx.t("勾选即授予该角色此权限；用户还须在管辖范围内、且其成员单位已启用该模块；限定单位类型的权限只授予这些类型单位的人员。",
                "A tick grants the permission to the role; users also need the record in their area and the module enabled for their unit; "
                        + "a permission limited to unit kinds is held by staff of those kinds of units only."));
        help.addStyleName(ValoTheme.LABEL_LIGHT);
        VerticalLayout root = new VerticalLayout(help, grid);
        root.setSizeFull();
        root.setExpandRatio(grid, 1);
        return root;
    }

    private void editUnitKinds(ViewContext ctx, PermissionDef p, Runnable reload) {
        CheckBoxGroup<UnitKind> kinds = new CheckBoxGroup<>(ctx.t("可持有此权限的成员单位类型 (不选: 任何单位)",
                "Kinds of member units whose staff may hold it (none ticked: any unit)"), List.of(UnitKind.values()));
        kinds.setId("permission-unit-kinds");
        kinds.setItemCaptionGenerator(k -> k.label(ctx.locale()));
        kinds.setValue(p.unitKinds());
        Dialogs.open(p.name().get(ctx.locale()), new VerticalLayout(kinds), ctx.t("保存", "Save"), ctx.t("取消", "Cancel"),
                () -> Dialogs.act(ctx, () -> permissions.setUnitKinds(ctx.user(), p.id(), kinds.getValue()),
                        Text.of("已保存", "Saved"), reload));
    }
}
