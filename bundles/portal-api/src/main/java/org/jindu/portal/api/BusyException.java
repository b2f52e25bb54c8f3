package org.jindu.portal.api;

/**
 * The record is held by another request for longer than the database waits (a lock timeout or a deadlock): nothing was
 * changed, and the same request is likely to succeed a moment later (HTTP 503 with {@code Retry-After}).
 */
public class BusyException extends PortalException {
    private static final long serialVersionUID = 1L;

    public BusyException(Text text, Throwable cause) {
        super(text, cause);
    }
}
