package org.jindu.portal.ws.internal;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/** The REST root {@code /api/v1/*}: CXF's servlet on the API bus. */
@Component(service = Servlet.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/api/v1/*",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=portal-api",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_INIT_PARAM_PREFIX + "hide-service-list-page=true"})
public class ApiServlet extends GuardedCxfServlet {
    private static final long serialVersionUID = 1L;

    @Activate
    public ApiServlet(@Reference Buses buses) {
        super(buses.apiRoot().registry(), false);
        setBus(buses.apiRoot().bus());
    }
}
