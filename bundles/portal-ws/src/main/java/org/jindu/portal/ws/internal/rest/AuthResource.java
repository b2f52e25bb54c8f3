package org.jindu.portal.ws.internal.rest;

import javax.ws.rs.DELETE;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.jindu.portal.api.rest.Doc;
import org.jindu.portal.api.rest.RestResource;
import org.jindu.portal.api.security.Authenticator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/auth/token}: bearer tokens for agency clients that do not want to send a password each time. */
@Component(service = RestResource.class, property = RestResource.PATH + "=auth")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Doc("令牌 / Tokens")
public class AuthResource implements RestResource {
    private final Authenticator authenticator;

    /** A bearer token. */
    public record Token(String token, String tokenType) {
    }

    @Activate
    public AuthResource(@Reference Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @POST
    @Path("token")
    @Doc("用 HTTP Basic 换取 Bearer 令牌 / Exchange HTTP Basic credentials for a bearer token")
    public Token issue(@Context SecurityContext security) {
        return new Token(authenticator.issueToken(Rest.user(security)), "Bearer");
    }

    @DELETE
    @Path("token")
    @Doc("作废当前 Bearer 令牌 / Revoke the bearer token of this request")
    public void revoke(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            authenticator.revokeToken(authorization.substring(7).trim());
        }
    }
}
