package org.jindu.portal.ui.internal.admin;

import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/** A modal dialog with a form and Save / Cancel. */
final class Dialogs {
    private Dialogs() {
    }

    /** Opens the dialog; {@code save} returns true when the dialog may close. */
    static Window open(String caption, Component form, String saveCaption, String cancelCaption,
                       java.util.function.BooleanSupplier save) {
        Window w = new Window(caption);
        w.setModal(true);
        w.setResizable(false);
        w.setWidth("640px");
        Button ok = new Button(saveCaption);
        ok.setId("dialog-save");
        ok.addStyleName(ValoTheme.BUTTON_PRIMARY);
        Button cancel = new Button(cancelCaption, e -> w.close());
        cancel.setId("dialog-cancel");
        ok.addClickListener(e -> {
            if (save.getAsBoolean()) {
                w.close();
            }
        });
        VerticalLayout content = new VerticalLayout(form, new HorizontalLayout(ok, cancel));
        w.setContent(content);
        UI.getCurrent().addWindow(w);
        return w;
    }
}
