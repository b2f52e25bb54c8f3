package org.jindu.portal.ui.internal.admin;

import org.jindu.portal.api.PlatformPermissions;
import org.jindu.portal.api.PortalException;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.module.ModuleInfo;
import org.jindu.portal.api.module.ModuleRegistry;
import org.jindu.portal.api.org.MemberUnit;
import org.jindu.portal.api.org.OrgDirectory;
import org.jindu.portal.api.ui.AbstractViewContribution;
import org.jindu.portal.api.ui.ViewContext;
import org.jindu.portal.api.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * 模块管理: every module the portal has seen, its state and schema, why it is not running (unresolved bundle,
 * failed migration), and one tick per member unit to enable it.
 */
@Component(service = ViewContribution.class)
public class ModulesView extends AbstractViewContribution {
    private final ModuleRegistry modules;
    private final OrgDirectory org;

    @Activate
    public ModulesView(@Reference ModuleRegistry modules, @Reference OrgDirectory org) {
        super("admin/modules", PlatformPermissions.MODULE_ID, Text.of("模块管理", "Modules"),
                PlatformPermissions.ADMIN_MODULES, 130, "PUZZLE_PIECE");
        this.modules = modules;
        this.org = org;
    }

    @Override
    public com.vaadin.ui.Component createView(ViewContext ctx, String parameters) {
        Grid<ModuleInfo> grid = new Grid<>();
        grid.setId("modules-grid");
        grid.setSizeFull();
        grid.addColumn(m -> m.name().get(ctx.locale())).setCaption(ctx.t("模块", "Module"));
        grid.addColumn(ModuleInfo::id).setCaption("ID");
        grid.addColumn(ModuleInfo::version).setCaption(ctx.t("版本", "Version"));
        grid.addColumn(m -> m.installed() ? ctx.t("运行中", "running") : ctx.t("未运行 (", "not running (") + m.bundleState() + ")")
                .setCaption(ctx.t("状态", "State"));
        grid.addColumn(ModuleInfo::schemaVersion).setCaption(ctx.t("数据库版本", "Schema"));
        for (MemberUnit unit : org.units()) {
            grid.addComponentColumn(m -> {
                CheckBox box = new CheckBox();
                box.setId("enable-" + m.id() + "-" + unit.code());
                box.setValue(m.enabledUnits().contains(unit.code()));
                box.addValueChangeListener(e -> {
                    if (!e.isUserOriginated()) {
                        return;
                    }
                    try {
                        modules.setEnabled(ctx.user(), unit.code(), m.id(), e.getValue());
                        ctx.showInfo(Text.of((e.getValue() ? "已为" : "已停用") + unit.name() + (e.getValue() ? "启用" : "的") + m.name().zh(),
                                (e.getValue() ? "Enabled " : "Disabled ") + m.name().en() + " for " + unit.nameEn()));
                    } catch (PortalException ex) {
                        box.setValue(e.getOldValue());
                        ctx.showError(ex);
                    }
                });
                return box;
            }).setCaption(unit.name(ctx.locale())).setWidth(110);
        }
        grid.addColumn(m -> m.problem() == null ? "" : m.problem()).setCaption(ctx.t("问题", "Problem")).setId("problem");
        Runnable reload = () -> grid.setItems(modules.modules());
        reload.run();
        Button refresh = new Button(ctx.t("刷新", "Refresh"), e -> reload.run());
        Label help = new Label(ctx.t("安装或卸载模块: Karaf 控制台 feature:install portal-<模块>，或把模块 jar 放入 deploy/ 目录。勾选即为该成员单位启用。",
                "Install or remove modules with feature:install portal-<module> in the Karaf console, or drop the jar into deploy/. A tick enables the module for that member unit."));
        help.addStyleName(ValoTheme.LABEL_LIGHT);
        VerticalLayout root = new VerticalLayout(help, refresh, grid);
        root.setSizeFull();
        root.setExpandRatio(grid, 1);
        return root;
    }
}
