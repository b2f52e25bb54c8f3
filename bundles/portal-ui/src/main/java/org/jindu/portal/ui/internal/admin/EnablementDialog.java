package org.jindu.portal.ui.internal.admin;

import org.jindu.portal.api.PortalException;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.module.ModuleInfo;
import org.jindu.portal.api.org.MemberUnit;
import org.jindu.portal.api.ui.Dialogs;
import org.jindu.portal.api.ui.ViewContext;
import org.jindu.portal.platform.admin.EnablementPreview;
import org.jindu.portal.platform.admin.ModuleAdmin;

import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;

/**
 * One tick of "enable module M for unit U", shared by the administrator's and the unit administrator's screens: a
 * module with personal data is enabled only after the actor read and confirmed who will see what; a cancelled or
 * refused tick is put back.
 */
final class EnablementDialog {
    private EnablementDialog() {
    }

    static void change(ViewContext ctx, ModuleAdmin admin, ModuleInfo m, MemberUnit unit, boolean enable,
                       Runnable reload, Runnable revert) {
        Text done = Text.of((enable ? "已为" : "已停用") + unit.name() + (enable ? "启用" : "的") + m.name().zh(),
                (enable ? "Enabled " : "Disabled ") + m.name().en() + " for " + unit.nameEn());
        try {
            if (!enable || !m.holdsPersonalData()) {
                admin.setEnabled(ctx.user(), unit.code(), m.id(), enable, false);
                ctx.showInfo(done);
                reload.run();
                return;
            }
            EnablementPreview preview = admin.preview(ctx.user(), unit.code(), m.id());
            Label statement = new Label(ctx.t(preview.confirmation()));
            statement.setId("enable-confirmation");
            statement.setWidth("100%");
            Label warning = new Label(ctx.t("该模块含个人信息。请核实上述账号确需查看后再确认。",
                    "This module holds personal data. Confirm only if these accounts need to see it."));
            warning.addStyleName("portal-warning");
            boolean[] confirmed = {false};
            var window = Dialogs.open(ctx.t("确认启用：", "Confirm enabling: ") + ctx.t(m.name()), new VerticalLayout(statement, warning),
                    ctx.t("确认启用", "Confirm and enable"), ctx.t("取消", "Cancel"), () -> {
                        confirmed[0] = Dialogs.act(ctx, () -> admin.setEnabled(ctx.user(), unit.code(), m.id(), true, true), done, reload);
                        return confirmed[0];
                    });
            window.addCloseListener(e -> {
                if (!confirmed[0]) {
                    revert.run();
                }
            });
        } catch (PortalException ex) {
            revert.run();
            ctx.showError(ex);
        }
    }
}
