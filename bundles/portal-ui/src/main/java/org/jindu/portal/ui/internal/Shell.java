package org.jindu.portal.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jindu.portal.api.PlatformPermissions;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.module.ModuleInfo;
import org.jindu.portal.api.ui.DashboardWidget;
import org.jindu.portal.api.ui.ViewContribution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.Navigator;
import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewChangeListener;
import com.vaadin.navigator.ViewProvider;
import com.vaadin.server.Page;
import com.vaadin.server.VaadinServlet;
import com.vaadin.shared.ui.ContentMode;
import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.CustomComponent;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.Panel;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The logged-in layout: a menu of the views the user may open (grouped by module), a header with the user, the
 * language switch and logout, and the content area driven by the URL fragment ({@code #!<viewId>/<parameters>}).
 * When modules come or go, or enablement changes, the menu is rebuilt inside {@code ui.access()} and a view that
 * went away is replaced by the home page.
 */
class Shell extends HorizontalLayout {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(Shell.class);
    static final String HOME = "home";

    private final UI ui;
    private final transient UiServices services;
    private final UserContext user;
    private final CssLayout menu = new CssLayout();
    private final Panel content = new Panel();
    private final Navigator navigator;
    private final transient ShellViewContext context;
    private final transient Runnable listener;
    private String currentViewId;

    Shell(UI ui, UiServices services, UserContext user) {
        this.ui = ui;
        this.services = services;
        this.user = user;
        setSizeFull();
        setSpacing(false);
        addStyleName("portal-shell");

        menu.addStyleNames(ValoTheme.MENU_ROOT, "portal-menu");
        menu.setId("portal-menu");
        menu.setHeight("100%");
        menu.setWidth("230px");

        VerticalLayout main = new VerticalLayout();
        main.setSizeFull();
        main.setMargin(false);
        main.setSpacing(false);
        content.setSizeFull();
        content.addStyleNames(ValoTheme.PANEL_BORDERLESS, "portal-content");
        main.addComponents(header(), content);
        main.setExpandRatio(content, 1);
        addComponents(menu, main);
        setExpandRatio(main, 1);

        navigator = new Navigator(ui, content);
        context = new ShellViewContext(user, navigator, this::allowedViews, this::allowedWidgets);
        navigator.addProvider(new ContributionProvider());
        navigator.setErrorView(new NotFoundView());
        navigator.addViewChangeListener(new ViewChangeListener() {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean beforeViewChange(ViewChangeEvent event) {
                return true;
            }

            @Override
            public void afterViewChange(ViewChangeEvent event) {
                currentViewId = event.getViewName();
                highlight();
            }
        });
        listener = () -> ui.access(this::refresh);
        services.views().addListener(listener);
        buildMenu();
    }

    /** Shows the view of the current URL fragment (or home); during UI init Vaadin does this itself. */
    void start() {
        navigator.navigateTo(navigator.getState());
    }

    void dispose() {
        services.views().removeListener(listener);
    }

    private String t(String zh, String en) {
        return Text.of(zh, en).get(user.locale());
    }

    private Component header() {
        HorizontalLayout header = new HorizontalLayout();
        header.setWidth("100%");
        header.addStyleName("portal-header");
        header.setMargin(new com.vaadin.shared.ui.MarginInfo(false, true));
        Label title = new Label(t("禁毒示范创建门户", "Jindu Portal · Drug-free demonstration"));
        title.addStyleNames(ValoTheme.LABEL_H3, ValoTheme.LABEL_NO_MARGIN, "portal-title");
        String roles = user.roles().stream().map(r -> r.label(user.locale())).collect(Collectors.joining("、"));
        Label who = new Label(VaadinIcons.USER.getHtml() + " " + escape(user.displayName()) + " <span class=\"portal-role\">("
                + escape(roles) + ")</span>", ContentMode.HTML);
        who.setId("current-user");
        Button password = new Button(t("修改密码", "Change password"), e -> navigator.navigateTo("profile"));
        password.setId("nav-profile-header");
        password.addStyleNames(ValoTheme.BUTTON_LINK, ValoTheme.BUTTON_SMALL);
        Button logout = new Button(t("退出", "Sign out"), VaadinIcons.SIGN_OUT);
        logout.setId("logout-button");
        logout.addStyleNames(ValoTheme.BUTTON_SMALL);
        logout.addClickListener(e -> logout());
        HorizontalLayout right = new HorizontalLayout(who, password, LanguageSwitch.create(), logout);
        right.setDefaultComponentAlignment(Alignment.MIDDLE_RIGHT);
        header.addComponents(title, right);
        header.setComponentAlignment(title, Alignment.MIDDLE_LEFT);
        header.setComponentAlignment(right, Alignment.MIDDLE_RIGHT);
        return header;
    }

    private void logout() {
        services.authenticator().loggedOut(user);
        String context = VaadinServlet.getCurrent().getServletContext().getContextPath();
        ui.getPage().setLocation(context + "/portal/");
        ui.getSession().getSession().invalidate();
        ui.getSession().close();
    }

    /** Which contributions this user may open now. */
    List<ViewContribution> allowedViews() {
        return Navigation.views(services.views(), services.access(), user);
    }

    List<DashboardWidget> allowedWidgets() {
        return Navigation.widgets(services.views(), services.access(), user);
    }

    private boolean allowed(ViewContribution v) {
        return Navigation.allowed(services.access(), user, v);
    }

    private void buildMenu() {
        menu.removeAllComponents();
        Label brand = new Label(VaadinIcons.SHIELD.getHtml() + " " + t("禁毒示范创建", "Drug-free programme"), ContentMode.HTML);
        brand.addStyleName("portal-brand");
        menu.addComponent(brand);
        Map<String, List<ViewContribution>> groups = new LinkedHashMap<>();
        List<ViewContribution> views = allowedViews();
        views.stream().filter(v -> HOME.equals(v.id())).forEach(v -> groups.computeIfAbsent("", k -> new ArrayList<>()).add(v));
        Map<String, Integer> moduleOrder = new LinkedHashMap<>();
        for (ModuleInfo m : services.modules().modules()) {
            moduleOrder.put(m.id(), moduleOrder.size());
        }
        views.stream().filter(v -> !HOME.equals(v.id()) && !PlatformPermissions.MODULE_ID.equals(v.moduleId()))
                .sorted(java.util.Comparator.comparingInt((ViewContribution v) -> moduleOrder.getOrDefault(v.moduleId(), 999)))
                .forEach(v -> groups.computeIfAbsent(v.moduleId(), k -> new ArrayList<>()).add(v));
        views.stream().filter(v -> !HOME.equals(v.id()) && PlatformPermissions.MODULE_ID.equals(v.moduleId()))
                .forEach(v -> groups.computeIfAbsent(PlatformPermissions.MODULE_ID, k -> new ArrayList<>()).add(v));
        groups.forEach((moduleId, items) -> {
            if (!moduleId.isEmpty()) {
                Label caption = new Label(groupTitle(moduleId));
                caption.addStyleNames(ValoTheme.MENU_SUBTITLE, "portal-menu-group");
                caption.setId("nav-group-" + moduleId);
                menu.addComponent(caption);
            }
            for (ViewContribution v : items) {
                Button b = new Button(v.title().get(user.locale()), e -> navigator.navigateTo(v.id()));
                b.setId(navId(v.id()));
                b.setData(v.id());
                b.addStyleNames(ValoTheme.MENU_ITEM, "portal-menu-item");
                b.setIcon(icon(v.icon()));
                b.setPrimaryStyleName(ValoTheme.MENU_ITEM);
                menu.addComponent(b);
            }
        });
        highlight();
    }

    static String navId(String viewId) {
        return "nav-" + viewId.replace('/', '-');
    }

    private String groupTitle(String moduleId) {
        if (PlatformPermissions.MODULE_ID.equals(moduleId)) {
            return t("系统", "System");
        }
        return services.modules().module(moduleId).map(m -> m.name().get(user.locale())).orElse(moduleId);
    }

    private void highlight() {
        for (Component c : menu) {
            if (c instanceof Button && ((Button) c).getData() != null) {
                boolean selected = ((Button) c).getData().equals(currentViewId);
                if (selected) {
                    c.addStyleName("selected");
                } else {
                    c.removeStyleName("selected");
                }
            }
        }
    }

    private void refresh() {
        buildMenu();
        if (currentViewId != null && services.views().view(currentViewId).filter(this::allowed).isEmpty()) {
            context.showInfo(Text.of("该页面所属的模块已停用，已返回首页", "The module of that page is gone; back to the home page"));
            navigator.navigateTo(HOME);
        }
    }

    private static VaadinIcons icon(String name) {
        try {
            return VaadinIcons.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return VaadinIcons.CIRCLE_THIN;
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Finds the contribution for a fragment: the longest view id that prefixes it. */
    private final class ContributionProvider implements ViewProvider {
        private static final long serialVersionUID = 1L;

        @Override
        public String getViewName(String viewAndParameters) {
            if (viewAndParameters.isEmpty()) {
                return HOME;
            }
            String best = null;
            for (ViewContribution v : services.views().views()) {
                String id = v.id();
                if ((viewAndParameters.equals(id) || viewAndParameters.startsWith(id + "/"))
                        && (best == null || id.length() > best.length())) {
                    best = id;
                }
            }
            return best;
        }

        @Override
        public View getView(String viewName) {
            return services.views().view(viewName).filter(Shell.this::allowed)
                    .<View>map(ContributedView::new).orElse(null);
        }
    }

    /** A contribution's component as a navigator view, built when entered so that it gets its parameters. */
    private final class ContributedView extends CustomComponent implements View {
        private static final long serialVersionUID = 1L;
        private final transient ViewContribution contribution;

        ContributedView(ViewContribution contribution) {
            this.contribution = contribution;
            setSizeFull();
        }

        @Override
        public void enter(ViewChangeListener.ViewChangeEvent event) {
            try {
                Component view = contribution.createView(context, event.getParameters());
                setCompositionRoot(view);
                Page.getCurrent().setTitle(contribution.title().get(user.locale()) + " - " + t("禁毒示范创建门户", "Jindu Portal"));
            } catch (RuntimeException e) {
                LOG.error("View {} failed to build", contribution.id(), e);
                context.showError(e);
                setCompositionRoot(new Label(t("页面加载失败", "The page failed to load")));
            }
        }
    }

    /** Unknown fragment or no permission: the same answer, so that view ids reveal nothing. */
    private final class NotFoundView extends VerticalLayout implements View {
        private static final long serialVersionUID = 1L;

        NotFoundView() {
            Label l = new Label(t("页面不存在，或您无权访问。", "This page does not exist, or you may not open it."));
            l.setId("view-not-found");
            Button home = new Button(t("返回首页", "Back to the home page"), e -> navigator.navigateTo(HOME));
            addComponents(l, home);
        }
    }
}
