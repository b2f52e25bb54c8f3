package org.jindu.portal.ui.internal;

import java.util.Locale;

import org.jindu.portal.api.FieldError;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.ValidationException;

import com.vaadin.server.UserError;
import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.Label;
import com.vaadin.ui.Notification;
import com.vaadin.ui.PasswordField;
import com.vaadin.ui.TextField;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/** First start outside demo mode: set the administrator's password with the setup code printed to the console. */
class SetupView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    SetupView(UiServices services, Runnable done) {
        setSizeFull();
        Locale locale = UI.getCurrent().getLocale();
        VerticalLayout box = new VerticalLayout();
        box.setWidth("420px");
        Label title = new Label(Text.of("首次启动：设置管理员", "First start: set up the administrator").get(locale));
        title.addStyleName(ValoTheme.LABEL_H3);
        Label help = new Label(Text.of("设置码已打印在门户的控制台和日志中。", "The setup code is printed on the portal's console and in its log.").get(locale));
        TextField code = new TextField(Text.of("设置码", "Setup code").get(locale));
        code.setId("setup-code");
        TextField username = new TextField(Text.of("管理员用户名", "Administrator user name").get(locale), "admin");
        username.setId("setup-username");
        PasswordField password = new PasswordField(Text.of("密码 (至少 8 位，含字母和数字)", "Password (8+ characters, letters and digits)").get(locale));
        password.setId("setup-password");
        PasswordField confirm = new PasswordField(Text.of("确认密码", "Confirm password").get(locale));
        confirm.setId("setup-confirm");
        Button save = new Button(Text.of("保存", "Save").get(locale));
        save.setId("setup-save");
        save.addStyleName(ValoTheme.BUTTON_PRIMARY);
        save.addClickListener(e -> {
            code.setComponentError(null);
            password.setComponentError(null);
            confirm.setComponentError(null);
            if (!password.getValue().equals(confirm.getValue())) {
                confirm.setComponentError(new UserError(Text.of("两次输入的密码不一致", "The passwords differ").get(locale)));
                return;
            }
            try {
                services.authenticator().completeSetup(code.getValue(), username.getValue(), password.getValue());
                Notification.show(Text.of("管理员已设置，请登录", "Administrator set up: please sign in").get(locale));
                done.run();
            } catch (ValidationException ex) {
                for (FieldError f : ex.errors()) {
                    ("setupCode".equals(f.field()) ? code : password).setComponentError(new UserError(f.message().get(locale)));
                }
            }
        });
        for (com.vaadin.ui.AbstractField<?> f : new com.vaadin.ui.AbstractField<?>[] {code, username, password, confirm}) {
            f.setWidth("100%");
        }
        box.addComponents(title, help, code, username, password, confirm, save, LanguageSwitch.create());
        addComponent(box);
        setComponentAlignment(box, Alignment.MIDDLE_CENTER);
    }
}
