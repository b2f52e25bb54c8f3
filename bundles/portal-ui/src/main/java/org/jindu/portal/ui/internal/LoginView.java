package org.jindu.portal.ui.internal;

import java.util.function.Consumer;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.security.AuthenticationException;

import com.vaadin.event.ShortcutAction;
import com.vaadin.server.Page;
import com.vaadin.server.VaadinService;
import com.vaadin.server.VaadinRequest;
import com.vaadin.server.VaadinServletRequest;
import com.vaadin.shared.ui.ContentMode;
import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.Label;
import com.vaadin.ui.PasswordField;
import com.vaadin.ui.TextField;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/** The login page. Failed logins show one message for every cause, so it does not reveal which user names exist. */
class LoginView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    LoginView(UiServices services, Consumer<UserContext> onLogin) {
        setSizeFull();
        addStyleName("portal-login");
        java.util.Locale locale = UI.getCurrent().getLocale();
        VerticalLayout box = new VerticalLayout();
        box.setWidth("380px");
        box.addStyleName("portal-login-box");
        Label title = new Label(Text.of("禁毒示范创建门户", "Jindu Portal").get(locale));
        title.addStyleNames(ValoTheme.LABEL_H2, "portal-login-title");
        Label subtitle = new Label(Text.of("禁毒示范创建三年行动 · 登录", "Drug-free demonstration programme · Sign in").get(locale));
        subtitle.addStyleName(ValoTheme.LABEL_LIGHT);
        TextField username = new TextField(Text.of("用户名", "User name").get(locale));
        username.setId("login-username");
        username.setWidth("100%");
        username.focus();
        PasswordField password = new PasswordField(Text.of("密码", "Password").get(locale));
        password.setId("login-password");
        password.setWidth("100%");
        Label error = new Label("", ContentMode.TEXT);
        error.setId("login-error");
        error.addStyleName(ValoTheme.LABEL_FAILURE);
        error.setVisible(false);
        error.setWidth("100%");
        Button login = new Button(Text.of("登录", "Sign in").get(locale));
        login.setId("login-button");
        login.addStyleName(ValoTheme.BUTTON_PRIMARY);
        login.setWidth("100%");
        login.setClickShortcut(ShortcutAction.KeyCode.ENTER);
        login.addClickListener(e -> {
            String address = VaadinService.getCurrentRequest() == null ? null : VaadinService.getCurrentRequest().getRemoteAddr();
            try {
                UserContext user = services.authenticator().authenticate(username.getValue().strip(), password.getValue(), address);
                VaadinRequest request = VaadinService.getCurrentRequest();
                request.getWrappedSession().setMaxInactiveInterval(services.sessionTimeoutMinutes() * 60);
                // a fresh session id after login prevents session fixation (Vaadin's reinitializeSession breaks push)
                if (request instanceof VaadinServletRequest) {
                    ((VaadinServletRequest) request).getHttpServletRequest().changeSessionId();
                }
                Session.setUser(UI.getCurrent().getSession(), user);
                onLogin.accept(user);
            } catch (AuthenticationException ex) {
                password.clear();
                error.setValue(ex.getMessage(locale));
                error.setVisible(true);
                password.focus();
            }
        });
        box.addComponents(title, subtitle, username, password, error, login, LanguageSwitch.create());
        addComponent(box);
        setComponentAlignment(box, Alignment.MIDDLE_CENTER);
        Page.getCurrent().setUriFragment("", false);
    }
}
