package org.jindu.portal.core.internal.schema;

/** A bundle's schema could not be brought up to date; the message says which script and why. */
public class MigrationException extends Exception {
    private static final long serialVersionUID = 1L;

    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
