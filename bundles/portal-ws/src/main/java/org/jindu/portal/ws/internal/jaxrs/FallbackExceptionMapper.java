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

/** Everything else: a 500 with a reference the administrator finds in the log, never the stack trace. */
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(FallbackExceptionMapper.class);

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
        String ref = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("REST request failed (ref {})", ref, e);
        return ErrorBody.response(500, "Internal Server Error",
                Text.of("服务器内部错误，请将编号 " + ref + " 告知管理员", "Internal error; give the administrator the reference " + ref)
                        .get(Locales.of(headers)), List.of());
    }
}
