package org.jindu.portal.api;

import java.io.Serializable;
import java.util.Objects;

/** One invalid input field: its name (as the client sent it) and what is wrong with it. */
public final class FieldError implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final Text message;

    public FieldError(String field, Text message) {
        this.field = Objects.requireNonNull(field);
        this.message = Objects.requireNonNull(message);
    }

    public String field() {
        return field;
    }

    public Text message() {
        return message;
    }

    @Override
    public String toString() {
        return field + ": " + message.en();
    }
}
