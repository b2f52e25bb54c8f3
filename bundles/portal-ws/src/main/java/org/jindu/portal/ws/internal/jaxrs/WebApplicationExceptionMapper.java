package org.jindu.portal.ws.internal.jaxrs;

import java.util.List;
import java.util.Locale;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.jindu.portal.api.Text;

/** JAX-RS's own errors (unknown path, wrong method, wrong media type, bad parameter) as JSON. */
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        Locale locale = Locales.of(headers);
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String reason = type == null ? "Error" : type.getReasonPhrase();
        Text text;
        switch (status) {
            case 404: text = Text.of("找不到请求的资源", "No such resource"); break;
            case 405: text = Text.of("不支持该请求方法", "Method not allowed"); break;
            case 406: text = Text.of("只提供 JSON 格式", "Only JSON is produced"); break;
            case 415: text = Text.of("请求体须为 JSON (Content-Type: application/json)", "The request body must be JSON (Content-Type: application/json)"); break;
            case 400: text = Text.of("请求参数有误", "Invalid request parameter"); break;
            default: text = Text.of("请求无法处理", "The request cannot be processed");
        }
        Response r = ErrorBody.response(status, reason, text.get(locale), List.of());
        if (original != null && original.getHeaderString(HttpHeaders.ALLOW) != null) {
            r = Response.fromResponse(r).header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW)).build();
        }
        return r;
    }
}
