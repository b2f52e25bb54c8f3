package org.jindu.portal.api;

/**
 * A caller asked too often (HTTP 429): for lookups that would otherwise allow guessing, such as enumerating the last
 * digits of ID numbers one query at a time.
 */
public class TooManyRequestsException extends PortalException {
    private static final long serialVersionUID = 1L;

    public TooManyRequestsException(Text text) {
        super(text);
    }
}
