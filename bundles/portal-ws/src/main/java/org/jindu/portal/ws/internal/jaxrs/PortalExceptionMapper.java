package org.jindu.portal.ws.internal.jaxrs;

import java.util.List;
import java.util.Locale;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.jindu.portal.api.AccessDeniedException;
import org.jindu.portal.api.BusyException;
import org.jindu.portal.api.ConflictException;
import org.jindu.portal.api.NotFoundException;
import org.jindu.portal.api.PortalException;
import org.jindu.portal.api.TooManyRequestsException;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.security.AuthenticationException;

/** The portal's own exceptions: 400 with the invalid fields, 401, 403, 404, 409, 429, 503, in the client's language. */
public class PortalExceptionMapper implements ExceptionMapper<PortalException> {
    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(PortalException e) {
        Locale locale = Locales.of(headers);
        String message = e.getMessage(locale);
        if (e instanceof ValidationException) {
            return ErrorBody.response(400, "Bad Request", message, ErrorBody.fields(((ValidationException) e).errors(), locale));
        }
        if (e instanceof AuthenticationException) {
            Response r = ErrorBody.response(401, "Unauthorized", message, List.of());
            return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, AuthFilter.CHALLENGE).build();
        }
        if (e instanceof AccessDeniedException) {
            return ErrorBody.response(403, "Forbidden", message, List.of());
        }
        if (e instanceof NotFoundException) {
            return ErrorBody.response(404, "Not Found", message, List.of());
        }
        if (e instanceof TooManyRequestsException) {
            return ErrorBody.response(429, "Too Many Requests", message, List.of());
        }
        if (e instanceof ConflictException) {
            return ErrorBody.response(409, "Conflict", message, List.of());
        }
        if (e instanceof BusyException) {
            return Response.fromResponse(ErrorBody.response(503, "Service Unavailable", message, List.of()))
                    .header(HttpHeaders.RETRY_AFTER, "1").build();
        }
        return ErrorBody.response(400, "Bad Request", message, List.of());
    }
}
