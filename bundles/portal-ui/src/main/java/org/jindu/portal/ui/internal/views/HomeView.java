package org.jindu.portal.ui.internal.views;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.jindu.portal.api.PlatformPermissions;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.org.OrgDirectory;
import org.jindu.portal.api.ui.DashboardWidget;
import org.jindu.portal.api.ui.ViewContext;
import org.jindu.portal.api.ui.ViewContribution;
import org.jindu.portal.ui.internal.ShellViewContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.shared.ui.ContentMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.Panel;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/** The home page: who you are, your area, the modules' dashboard tiles, and shortcuts to your pages. */
@Component(service = ViewContribution.class)
public class HomeView implements ViewContribution {
    private final OrgDirectory org;

    @Activate
    public HomeView(@Reference OrgDirectory org) {
        this.org = org;
    }

    @Override
    public String id() {
        return "home";
    }

    @Override
    public String moduleId() {
        return PlatformPermissions.MODULE_ID;
    }

    @Override
    public Text title() {
        return Text.of("首页", "Home");
    }

    @Override
    public String permission() {
        return null;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public String icon() {
        return "HOME";
    }

    @Override
    public com.vaadin.ui.Component createView(ViewContext ctx, String parameters) {
        UserContext user = ctx.user();
        VerticalLayout root = new VerticalLayout();
        root.setId("home-view");
        Label hello = new Label(ctx.t("欢迎，", "Welcome, ") + user.displayName());
        hello.addStyleName(ValoTheme.LABEL_H2);
        String roles = user.roles().stream().map(r -> r.label(ctx.locale())).collect(Collectors.joining("、"));
        String area = user.scopeNodeIds().stream().map(org::node).flatMap(java.util.Optional::stream)
                .map(n -> org.path(n.id()).stream().map(p -> p.name(ctx.locale())).collect(Collectors.joining(" / ")))
                .collect(Collectors.joining("；"));
        Label info = new Label(ctx.t("角色：", "Role: ") + roles + "　" + ctx.t("管辖范围：", "Area: ") + area
                + "　" + ctx.t("今天：", "Today: ") + LocalDate.now(), ContentMode.TEXT);
        info.addStyleName(ValoTheme.LABEL_LIGHT);
        root.addComponents(hello, info);

        CssLayout tiles = new CssLayout();
        tiles.addStyleName("portal-tiles");
        ShellViewContext shell = (ShellViewContext) ctx;
        for (DashboardWidget w : shell.allowedWidgets()) {
            try {
                Panel tile = new Panel(w.title().get(ctx.locale()), w.createWidget(ctx));
                tile.addStyleName("portal-tile");
                tiles.addComponent(tile);
            } catch (RuntimeException e) {
                ctx.showError(e);
            }
        }
        if (tiles.getComponentCount() > 0) {
            root.addComponent(tiles);
        }

        Label shortcuts = new Label(ctx.t("我的功能", "My pages"));
        shortcuts.addStyleName(ValoTheme.LABEL_H4);
        CssLayout links = new CssLayout();
        links.addStyleName("portal-shortcuts");
        List<ViewContribution> views = shell.allowedViews();
        for (ViewContribution v : views) {
            if ("home".equals(v.id())) {
                continue;
            }
            Button b = new Button(v.title().get(ctx.locale()), e -> ctx.navigate(v.id(), ""));
            b.addStyleName("portal-shortcut");
            try {
                b.setIcon(VaadinIcons.valueOf(v.icon()));
            } catch (IllegalArgumentException ignored) {
                // unknown icon name: no icon
            }
            links.addComponent(b);
        }
        if (views.stream().allMatch(v -> PlatformPermissions.MODULE_ID.equals(v.moduleId()))) {
            Label none = new Label(ctx.t("尚无可用的业务模块。模块由管理员安装，并由所在成员单位启用。",
                    "No business module is available to you yet. Administrators install modules and member units enable them."));
            none.setId("home-no-modules");
            none.addStyleName(ValoTheme.LABEL_LIGHT);
            root.addComponent(none);
        }
        root.addComponents(shortcuts, links);
        return root;
    }

}
