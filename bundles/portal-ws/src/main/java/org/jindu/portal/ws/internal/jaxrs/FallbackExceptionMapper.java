package org.jindu.portal.ws.internal.jaxrs;

import java.util.List;
import java.util.UUID;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.jindu.portal.api.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything else: a 500 with a reference the administrator finds in the log, never the stack trace. A client that
 * hung up while its answer was being written is not an error of the portal: logged at DEBUG.
 */
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(FallbackExceptionMapper.class);

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
        if (clientGone(e)) {
            LOG.debug("client closed the connection", e);
            return Response.status(400).build();
        }
        String ref = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("REST request failed (ref {})", ref, e);
        return ErrorBody.response(500, "Internal Server Error",
                Text.of("服务器内部错误，请将编号 " + ref + " 告知管理员", "Internal error; give the administrator the reference " + ref)
                        .get(Locales.of(headers)), List.of());
    }

    /** Jetty's EofException, a broken pipe or a reset: the client left before the answer was written. */
    static boolean clientGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().equals("org.eclipse.jetty.io.EofException")) {
                return true;
            }
            String m = t.getMessage();
            if (t instanceof java.io.IOException && m != null && (m.contains("Broken pipe") || m.contains("Connection reset"))) {
                return true;
            }
        }
        return false;
    }
}
