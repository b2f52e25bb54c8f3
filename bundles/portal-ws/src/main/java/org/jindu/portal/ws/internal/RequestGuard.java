package org.jindu.portal.ws.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.jindu.portal.ws.internal.jaxrs.ErrorBody;

/**
 * What the servlets refuse before CXF reads a request: a path or query that is not a valid URI (a backslash, a bad
 * {@code %} escape) and a body in a character set that does not exist. CXF would otherwise throw on them deep inside
 * and the client would get a 500 with the exception chain; these are the client's mistakes and answer 400 / 415 with
 * the API's JSON error body (REST) or a soap:Client fault (SOAP), never echoing the input.
 */
final class RequestGuard {
    private RequestGuard() {
    }

    /** Whether the request may go on; otherwise the answer has been written. */
    static boolean admit(HttpServletRequest request, HttpServletResponse response, boolean soap) throws IOException {
        if (!validUri(request.getRequestURI()) || (request.getQueryString() != null && !validUri(request.getQueryString()))) {
            refuse(response, soap, 400, "Bad Request", "请求地址含有非法字符或错误的 % 转义", "The address has illegal characters or a bad % escape");
            return false;
        }
        String type = request.getContentType();
        if (type != null && !charsetKnown(type)) {
            refuse(response, soap, 415, "Unsupported Media Type", "不支持的字符集，请使用 UTF-8", "Unknown character set: send UTF-8");
            return false;
        }
        return true;
    }

    /** Characters allowed in a URI's path and query (RFC 3986) and well-formed {@code %} escapes. */
    static boolean validUri(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length() || Character.digit(s.charAt(i + 1), 16) < 0 || Character.digit(s.charAt(i + 2), 16) < 0) {
                    return false;
                }
                i += 2;
            } else if (c <= ' ' || c >= 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    static boolean charsetKnown(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String name = p.substring(8).strip().replace("\"", "");
                try {
                    return !name.isEmpty() && Charset.isSupported(name);
                } catch (IllegalArgumentException illegalName) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void refuse(HttpServletResponse response, boolean soap, int status, String reason, String zh, String en)
            throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        byte[] body;
        if (soap) {
            response.setContentType("text/xml; charset=UTF-8");
            body = ("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                    + "<faultcode>soap:Client</faultcode><faultstring>" + zh + " / " + en + "</faultstring></soap:Fault></soap:Body>"
                    + "</soap:Envelope>").getBytes(StandardCharsets.UTF_8);
        } else {
            response.setContentType("application/json; charset=UTF-8");
            body = Json.MAPPER.writeValueAsBytes(new ErrorBody(status, reason, zh + " / " + en, java.util.List.of()));
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
