package org.jindu.portal.ws.internal.jaxrs;

import java.util.List;
import java.util.Set;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;

import org.jindu.portal.api.Text;

/**
 * What keeps a browser from being used against the API. Writes must not carry a content type an HTML form can send
 * without the site's consent (a cross-site form post would otherwise ride on cached Basic credentials): 415. Every
 * answer says it is not to be framed, sniffed, cached or given a referrer, and, over TLS, that the site is HTTPS only:
 * the API's answers are mostly personal data.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BrowserProtection implements ContainerRequestFilter, ContainerResponseFilter {
    /** What {@code <form>} can send cross-site without a CORS preflight. */
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type != null && WRITES.contains(request.getMethod())
                && FORM_TYPES.contains((type.getType() + "/" + type.getSubtype()).toLowerCase(java.util.Locale.ROOT))) {
            request.abortWith(ErrorBody.response(415, "Unsupported Media Type",
                    Text.of("请以 JSON (application/json) 提交", "Send the request as JSON (application/json)")
                            .get(Locales.of(request)), List.of()));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("X-Frame-Options", "DENY");
        headers.putSingle("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        headers.putSingle("Referrer-Policy", "no-referrer");
        if (!headers.containsKey(HttpHeaders.CACHE_CONTROL)) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        if (request.getSecurityContext() != null && request.getSecurityContext().isSecure()) {
            headers.putSingle("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
