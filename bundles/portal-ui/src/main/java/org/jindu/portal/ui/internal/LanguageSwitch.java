package org.jindu.portal.ui.internal;

import java.util.Locale;

import com.vaadin.server.Page;
import com.vaadin.ui.Button;
import com.vaadin.ui.UI;
import com.vaadin.ui.themes.ValoTheme;

/** The 中文 / English switch: stores the language in the session and reloads the page in it. */
final class LanguageSwitch {
    private LanguageSwitch() {
    }

    static Button create() {
        Locale current = UI.getCurrent().getLocale();
        boolean english = Session.english(current);
        Button b = new Button(english ? "中文" : "English");
        b.setId("lang-switch");
        b.addStyleNames(ValoTheme.BUTTON_LINK, ValoTheme.BUTTON_SMALL);
        b.addClickListener(e -> {
            Session.setLocale(UI.getCurrent().getSession(), english ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
            Page.getCurrent().reload();
        });
        return b;
    }
}
