package org.jindu.portal.ws.internal.rest;

import javax.ws.rs.core.SecurityContext;

import org.jindu.portal.api.UserContext;

/** Small helpers shared by the platform's resources. */
final class Rest {
    private Rest() {
    }

    static UserContext user(SecurityContext security) {
        return UserContext.from(security.getUserPrincipal());
    }
}
