package org.jindu.portal.platform.admin;

import org.jindu.portal.api.ConflictException;
import org.jindu.portal.api.Text;

/**
 * The action shows personal data to more people and needs the actor's explicit confirmation (HTTP 409; the message
 * is the statement to confirm, so that the client can show it and repeat the request confirmed).
 */
public class ConfirmationRequiredException extends ConflictException {
    private static final long serialVersionUID = 1L;

    public ConfirmationRequiredException(Text statement) {
        super(statement);
    }
}
