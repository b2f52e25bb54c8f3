package org.jindu.portal.ui.internal;

import java.util.Locale;

import org.jindu.portal.api.UserContext;

import com.vaadin.server.VaadinSession;

/** What the shell keeps in the Vaadin session: the logged-in user and the chosen language. */
public final class Session {
    private static final String USER = "portal.user";
    private static final String LOCALE = "portal.locale";

    private Session() {
    }

    public static UserContext user(VaadinSession session) {
        return (UserContext) session.getAttribute(USER);
    }

    public static void setUser(VaadinSession session, UserContext user) {
        session.setAttribute(USER, user);
    }

    public static Locale locale(VaadinSession session) {
        Locale l = (Locale) session.getAttribute(LOCALE);
        return l == null ? Locale.SIMPLIFIED_CHINESE : l;
    }

    public static void setLocale(VaadinSession session, Locale locale) {
        session.setAttribute(LOCALE, locale);
    }

    public static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
