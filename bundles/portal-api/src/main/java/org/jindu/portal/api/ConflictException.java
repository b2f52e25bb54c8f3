package org.jindu.portal.api;

/**
 * The request is well-formed but the record's state refuses it: a status transition that makes no sense, a
 * duplicate code, a stale edit (HTTP 409). The message says why, in terms the user knows.
 */
public class ConflictException extends PortalException {
    private static final long serialVersionUID = 1L;

    public ConflictException(Text text) {
        super(text);
    }

    public ConflictException(Text text, Throwable cause) {
        super(text, cause);
    }
}
