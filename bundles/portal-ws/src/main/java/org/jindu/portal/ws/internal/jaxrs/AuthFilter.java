package org.jindu.portal.ws.internal.jaxrs;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;

import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.security.AuthenticationException;
import org.jindu.portal.api.security.Authenticator;

/**
 * Authenticates every request before it reaches a resource: HTTP Basic against the portal's users, or a bearer
 * token from {@code POST /api/v1/auth/token}. Sets the {@link UserContext} as the request's principal.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class AuthFilter implements ContainerRequestFilter {
    static final String CHALLENGE = "Basic realm=\"Jindu Portal\", charset=\"UTF-8\"";

    private final Authenticator authenticator;

    @Context
    private HttpServletRequest servletRequest;

    public AuthFilter(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Optional<UserContext> user = Optional.empty();
        String remote = remoteAddress();
        try {
            if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    user = Optional.of(authenticator.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1), remote));
                }
            } else if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                user = authenticator.resolveToken(header.substring(7).trim());
            }
        } catch (IllegalArgumentException badBase64) {
            user = Optional.empty();
        } catch (AuthenticationException e) {
            request.abortWith(unauthorized(e.getMessage(Locales.of(request))));
            return;
        }
        if (user.isEmpty()) {
            request.abortWith(unauthorized(Text.of("请登录: 使用 HTTP Basic 或 Bearer 令牌",
                    "Authentication required: HTTP Basic or a bearer token").get(Locales.of(request))));
            return;
        }
        UserContext u = user.get();
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return u;
            }

            @Override
            public boolean isUserInRole(String role) {
                return u.roles().stream().anyMatch(r -> r.name().equals(role));
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return header.regionMatches(true, 0, "Bearer ", 0, 7) ? "Bearer" : BASIC_AUTH;
            }
        });
    }

    private String remoteAddress() {
        try {
            return servletRequest == null ? null : servletRequest.getRemoteAddr();
        } catch (RuntimeException noRequest) {
            return null;
        }
    }

    private static Response unauthorized(String message) {
        Response r = ErrorBody.response(Response.Status.UNAUTHORIZED, message);
        return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }
}
