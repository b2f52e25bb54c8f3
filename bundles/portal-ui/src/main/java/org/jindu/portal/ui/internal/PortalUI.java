package org.jindu.portal.ui.internal;

import java.util.Locale;

import org.jindu.portal.api.UserContext;

import com.vaadin.annotations.Push;
import com.vaadin.annotations.StyleSheet;
import com.vaadin.annotations.Theme;
import com.vaadin.annotations.Title;
import com.vaadin.server.Page;
import com.vaadin.server.VaadinRequest;
import com.vaadin.shared.communication.PushMode;
import com.vaadin.shared.ui.ui.Transport;
import com.vaadin.ui.UI;

/**
 * One browser tab. Shows the first-start setup, the login page or the shell. Long polling because Pax Web 8 does
 * not carry WebSocket push (ops4j/org.ops4j.pax.web#2135); modules coming or going reach open tabs through it.
 */
@Theme("valo")
@Title("禁毒示范创建门户")
@StyleSheet("vaadin://jindu/portal.css")
@Push(value = PushMode.AUTOMATIC, transport = Transport.LONG_POLLING)
public class PortalUI extends UI {
    private static final long serialVersionUID = 1L;

    private final transient UiServices services;
    private Shell shell;

    public PortalUI(UiServices services) {
        this.services = services;
    }

    @Override
    protected void init(VaadinRequest request) {
        Locale locale = Session.locale(getSession());
        setLocale(locale);
        Page.getCurrent().setTitle(Session.english(locale) ? "Jindu Portal" : "禁毒示范创建门户");
        UserContext user = Session.user(getSession());
        if (services.authenticator().setupRequired()) {
            setContent(new SetupView(services, this::showLogin));
        } else if (user == null) {
            showLogin();
        } else {
            showShell(user, false);
        }
    }

    void showLogin() {
        shell = null;
        setNavigator(null);
        setContent(new LoginView(services, user -> showShell(user, true)));
    }

    private void showShell(UserContext user, boolean navigate) {
        shell = new Shell(this, services, user.withLocale(getLocale()));
        setContent(shell);
        if (navigate) {
            shell.start();
        }
    }

    @Override
    public void detach() {
        if (shell != null) {
            shell.dispose();
        }
        super.detach();
    }
}
