package org.jindu.portal.api.ui;

import java.util.Map;
import java.util.function.BooleanSupplier;

import org.jindu.portal.api.PortalException;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.ValidationException;

import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * Modal forms and button actions that report the outcome the same way on every screen: success as a short message,
 * invalid input next to the fields it names, any other refusal (no permission, wrong state) as a message, and the
 * form kept open with the user's input so that nothing typed is lost.
 */
public final class Dialogs {
    private Dialogs() {
    }

    /**
     * Runs a save action for a form and reports it: success closes the dialog (returns true) and reloads the list;
     * invalid input marks the named fields; any other refusal is shown as a message.
     */
    public static boolean save(ViewContext ctx, Map<String, ? extends AbstractComponent> fields, Runnable action, Runnable reload) {
        try {
            action.run();
            ctx.showInfo(Text.of("已保存", "Saved"));
            reload.run();
            return true;
        } catch (ValidationException ex) {
            FieldErrors.show(ex, fields, ctx);
        } catch (PortalException ex) {
            ctx.showError(ex);
        }
        return false;
    }

    /** Runs an action of a button (no form): success shows {@code done} and reloads; a refusal shows its message. */
    public static boolean act(ViewContext ctx, Runnable action, Text done, Runnable reload) {
        try {
            action.run();
            ctx.showInfo(done);
            reload.run();
            return true;
        } catch (PortalException ex) {
            ctx.showError(ex);
            return false;
        }
    }

    /** Opens a dialog with Save / Cancel; {@code save} returns true when the dialog may close. */
    public static Window open(String caption, Component form, String saveCaption, String cancelCaption, BooleanSupplier save) {
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
