package org.jindu.portal.ws.internal.jaxrs;

import java.util.List;
import java.util.Locale;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.jindu.portal.api.FieldError;

/**
 * The JSON body of every error answer.
 *
 * @param status  HTTP status
 * @param error   short reason phrase
 * @param message what went wrong, in the client's language (Accept-Language, Chinese by default)
 * @param fields  the invalid input fields (400 only)
 */
public record ErrorBody(int status, String error, String message, List<Field> fields) {
    /** Messages may quote input; never at length (a 15 MB value must not come back in its 400). */
    static final int MAX_MESSAGE = 1000;

    public ErrorBody {
        message = cut(message);
    }

    /** One invalid field. */
    public record Field(String field, String message) {
        public Field {
            field = field != null && field.length() > 200 ? field.substring(0, 200) + "…" : field;
            message = cut(message);
        }
    }

    static String cut(String s) {
        return s != null && s.length() > MAX_MESSAGE ? s.substring(0, MAX_MESSAGE) + "…" : s;
    }

    public static Response response(Response.Status status, String message) {
        return response(status.getStatusCode(), status.getReasonPhrase(), message, List.of());
    }

    public static Response response(int status, String reason, String message, List<Field> fields) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorBody(status, reason, message, fields)).build();
    }

    public static List<Field> fields(List<FieldError> errors, Locale locale) {
        return errors.stream().map(e -> new Field(e.field(), e.message().get(locale))).toList();
    }
}
