package org.jindu.portal.ui.internal.admin;

import java.util.Map;
import java.util.Set;

import org.jindu.portal.api.PlatformPermissions;
import org.jindu.portal.api.PortalException;
import org.jindu.portal.api.Role;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.module.PermissionDef;
import org.jindu.portal.api.ui.AbstractViewContribution;
import org.jindu.portal.api.ui.ViewContext;
import org.jindu.portal.api.ui.ViewContribution;
import org.jindu.portal.platform.admin.PermissionAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.ui.CheckBox;
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
        grid.setItems(permissions.permissions(ctx.user()));
        Label help = new Label(ctx.t("勾选即授予该角色此权限；用户还须在管辖范围内、且其成员单位已启用该模块。",
                "A tick grants the permission to the role; users also need the record in their area and the module enabled for their unit."));
        help.addStyleName(ValoTheme.LABEL_LIGHT);
        VerticalLayout root = new VerticalLayout(help, grid);
        root.setSizeFull();
        root.setExpandRatio(grid, 1);
        return root;
    }
}
