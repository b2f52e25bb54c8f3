package org.jindu.portal.api;

import java.util.Locale;

/**
 * Base of the exceptions that carry a message for the user, in both languages. The platform maps them to the
 * same answer at every door: an HTTP status with a JSON body for REST, a SOAP fault, a notification in the UI.
 */
public class PortalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Text text;

    public PortalException(Text text) {
        super(text.en());
        this.text = text;
    }

    public PortalException(Text text, Throwable cause) {
        super(text.en(), cause);
        this.text = text;
    }

    public Text text() {
        return text;
    }

    public String getMessage(Locale locale) {
        return text.get(locale);
    }
}
