package org.jindu.portal.api.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jindu.portal.api.FieldError;
import org.jindu.portal.api.ValidationException;

import com.vaadin.server.UserError;
import com.vaadin.ui.AbstractComponent;

/**
 * Shows a {@link ValidationException} on a form: each error next to the field it names (the field names are those of
 * the service's input, e.g. {@code displayName}); errors without a field on the form go to a notification.
 */
public final class FieldErrors {
    private FieldErrors() {
    }

    /** Clears the fields' previous errors. */
    public static void clear(Map<String, ? extends AbstractComponent> fields) {
        fields.values().forEach(f -> f.setComponentError(null));
    }

    public static void show(ValidationException e, Map<String, ? extends AbstractComponent> fields, ViewContext context) {
        clear(fields);
        List<FieldError> rest = new ArrayList<>();
        for (FieldError error : e.errors()) {
            AbstractComponent field = fields.get(error.field());
            if (field == null) {
                rest.add(error);
            } else if (field.getComponentError() == null) {
                field.setComponentError(new UserError(error.message().get(context.locale())));
            }
        }
        if (!rest.isEmpty()) {
            context.showError(new ValidationException(rest));
        }
    }
}
