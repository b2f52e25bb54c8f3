package org.jindu.portal.api.ui;

import java.util.Locale;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/** What the shell gives a view: the session's user and locale, and a few shell services. */
@ProviderType
public interface ViewContext {

    UserContext user();

    Locale locale();

    /** The text in the session's language. */
    default String t(Text text) {
        return text.get(locale());
    }

    /** The text in the session's language, from its two translations. */
    default String t(String zh, String en) {
        return Text.of(zh, en).get(locale());
    }

    /** Navigates to another view, e.g. {@code navigate("assessment/rounds", "12")}. */
    void navigate(String viewId, String parameters);

    /** Shows a short success message. */
    void showInfo(Text message);

    /**
     * Shows an error: for {@link org.jindu.portal.api.PortalException} its message (and field errors), for anything
     * else a generic message while the details go to the log only.
     */
    void showError(Throwable error);
}
