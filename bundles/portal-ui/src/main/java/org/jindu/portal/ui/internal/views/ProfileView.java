package org.jindu.portal.ui.internal.views;

import org.jindu.portal.api.FieldError;
import org.jindu.portal.api.PlatformPermissions;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.ui.ViewContext;
import org.jindu.portal.api.ui.ViewContribution;
import org.jindu.portal.platform.admin.UserAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.server.UserError;
import com.vaadin.ui.Button;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.PasswordField;
import com.vaadin.ui.themes.ValoTheme;

/** Changing one's own password. */
@Component(service = ViewContribution.class)
public class ProfileView implements ViewContribution {
    private final UserAdmin users;

    @Activate
    public ProfileView(@Reference UserAdmin users) {
        this.users = users;
    }

    @Override
    public String id() {
        return "profile";
    }

    @Override
    public String moduleId() {
        return PlatformPermissions.MODULE_ID;
    }

    @Override
    public Text title() {
        return Text.of("修改密码", "Change password");
    }

    @Override
    public String permission() {
        return null;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public String icon() {
        return "KEY";
    }

    @Override
    public com.vaadin.ui.Component createView(ViewContext ctx, String parameters) {
        FormLayout form = new FormLayout();
        form.setId("profile-view");
        PasswordField current = new PasswordField(ctx.t("当前密码", "Current password"));
        current.setId("profile-current");
        PasswordField next = new PasswordField(ctx.t("新密码 (至少 8 位，含字母和数字)", "New password (8+ characters, letters and digits)"));
        next.setId("profile-new");
        PasswordField confirm = new PasswordField(ctx.t("确认新密码", "Confirm the new password"));
        confirm.setId("profile-confirm");
        Button save = new Button(ctx.t("保存", "Save"));
        save.setId("profile-save");
        save.addStyleName(ValoTheme.BUTTON_PRIMARY);
        save.addClickListener(e -> {
            current.setComponentError(null);
            next.setComponentError(null);
            confirm.setComponentError(null);
            if (!next.getValue().equals(confirm.getValue())) {
                confirm.setComponentError(new UserError(ctx.t("两次输入的密码不一致", "The passwords differ")));
                return;
            }
            try {
                users.changeOwnPassword(ctx.user(), current.getValue(), next.getValue());
                current.clear();
                next.clear();
                confirm.clear();
                ctx.showInfo(Text.of("密码已修改", "Password changed"));
            } catch (ValidationException ex) {
                for (FieldError f : ex.errors()) {
                    ("currentPassword".equals(f.field()) ? current : next).setComponentError(new UserError(f.message().get(ctx.locale())));
                }
            }
        });
        form.addComponents(current, next, confirm, save);
        return form;
    }
}
