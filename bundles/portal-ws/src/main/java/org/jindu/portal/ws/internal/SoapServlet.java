package org.jindu.portal.ws.internal;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/** The SOAP root {@code /soap/*}: CXF's servlet on the SOAP bus. The index at {@code /soap/} is {@link SoapIndexServlet}. */
@Component(service = Servlet.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/soap/*",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=portal-soap",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_INIT_PARAM_PREFIX + "hide-service-list-page=true"})
public class SoapServlet extends GuardedCxfServlet {
    private static final long serialVersionUID = 1L;

    @Activate
    public SoapServlet(@Reference Buses buses) {
        super(buses.soapRoot().registry(), true);
        setBus(buses.soapRoot().bus());
    }
}
