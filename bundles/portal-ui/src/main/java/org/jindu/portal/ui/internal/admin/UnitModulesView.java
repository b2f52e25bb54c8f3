package org.jindu.portal.ui.internal.admin;

import java.util.Optional;

import org.jindu.portal.api.PlatformPermissions;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.module.ModuleInfo;
import org.jindu.portal.api.module.ModuleRegistry;
import org.jindu.portal.api.org.MemberUnit;
import org.jindu.portal.api.org.OrgDirectory;
import org.jindu.portal.api.ui.AbstractViewContribution;
import org.jindu.portal.api.ui.UiKit;
import org.jindu.portal.api.ui.ViewContext;
import org.jindu.portal.api.ui.ViewContribution;
import org.jindu.portal.platform.admin.ModuleAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.ui.CheckBox;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * 本单位模块: a unit administrator switches, for his own unit(s), the modules the system administrator offered to the
 * member units; a module with personal data asks him first to confirm who will see what.
 */
@Component(service = ViewContribution.class)
public class UnitModulesView extends AbstractViewContribution {
    private final ModuleRegistry modules;
    private final ModuleAdmin admin;
    private final OrgDirectory org;

    @Activate
    public UnitModulesView(@Reference ModuleRegistry modules, @Reference ModuleAdmin admin, @Reference OrgDirectory org) {
        super("unit/modules", PlatformPermissions.MODULE_ID, Text.of("本单位模块", "My unit's modules"),
                PlatformPermissions.UNIT_MODULES, 90, "PUZZLE_PIECE");
        this.modules = modules;
        this.admin = admin;
        this.org = org;
    }

    /** One module: name and state, the personal data it holds, and the unit's switch. */
    private com.vaadin.ui.Component card(ViewContext ctx, ModuleInfo m, MemberUnit unit, Runnable reload) {
        Label title = new Label(ctx.t(m.name()) + "  ·  " + (m.installed() ? ctx.t("运行中", "running") : ctx.t("未运行", "not running")));
        title.addStyleName("portal-card-title");
        Label data = new Label(ctx.t("个人信息：", "Personal data: ") + (m.holdsPersonalData()
                ? (m.personalData() == null ? ctx.t("含个人信息", "yes") : ctx.t(m.personalData())) : ctx.t("无", "none")));
        data.setWidth("100%");
        CheckBox box = new CheckBox(ctx.t("为本单位启用", "Enabled for my unit"));
        box.setId("unit-enable-" + m.id() + "-" + unit.code());
        box.setValue(m.enabledUnits().contains(unit.code()));
        box.addValueChangeListener(e -> {
            if (e.isUserOriginated()) {
                EnablementDialog.change(ctx, admin, m, unit, e.getValue(), reload, () -> box.setValue(e.getOldValue()));
            }
        });
        VerticalLayout card = new VerticalLayout(title, data, box);
        card.setMargin(false);
        card.setSpacing(false);
        card.addStyleName("portal-card");
        card.setWidth("100%");
        return card;
    }

    @Override
    public com.vaadin.ui.Component createView(ViewContext ctx, String parameters) {
        VerticalLayout root = new VerticalLayout();
        root.setId("unit-modules-view");
        Label help = new Label(ctx.t("系统管理员向成员单位开放的模块，可在此为本单位启用或停用；启用后本单位工作人员即可使用。",
                "Modules the system administrator offered to member units: enable or disable them for your unit here; "
                        + "your unit's staff use them once enabled."));
        help.addStyleName(ValoTheme.LABEL_LIGHT);
        help.setWidth("100%");
        root.addComponent(help);
        for (String code : ctx.user().unitCodes()) {
            Optional<MemberUnit> unit = org.unit(code);
            if (unit.isEmpty()) {
                continue;
            }
            root.addComponent(UiKit.heading(unit.get().name(ctx.locale())));
            CssLayout cards = new CssLayout();
            cards.setId("unit-modules-" + code);
            cards.setWidth("100%");
            Runnable[] reload = new Runnable[1];
            reload[0] = () -> {
                cards.removeAllComponents();
                modules.modules().stream().filter(m -> m.offered() || m.enabledUnits().contains(code))
                        .forEach(m -> cards.addComponent(card(ctx, m, unit.get(), reload[0])));
            };
            reload[0].run();
            root.addComponent(cards);
        }
        return root;
    }
}
