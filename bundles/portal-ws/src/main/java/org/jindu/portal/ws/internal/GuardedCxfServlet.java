package org.jindu.portal.ws.internal;

import java.io.IOException;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.cxf.transport.servlet.CXFNonSpringServlet;
import org.apache.cxf.transport.http.DestinationRegistry;

/** CXF's servlet behind {@link RequestGuard}: what CXF would fail on deep inside is refused before it reads anything. */
abstract class GuardedCxfServlet extends CXFNonSpringServlet {
    private static final long serialVersionUID = 1L;

    private final boolean soap;

    GuardedCxfServlet(DestinationRegistry registry, boolean soap) {
        super(registry, false);
        this.soap = soap;
    }

    @Override
    protected void handleRequest(HttpServletRequest request, HttpServletResponse response) throws ServletException {
        try {
            if (RequestGuard.admit(request, response, soap)) {
                super.handleRequest(request, response);
            }
        } catch (IOException clientGone) {
            // the refusal could not be written: the client has left
        }
    }
}
