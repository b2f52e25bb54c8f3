package org.jindu.portal.ws.internal;

import java.io.IOException;
import java.util.List;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.jindu.portal.ws.internal.openapi.OpenApiBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/**
 * {@code /api/openapi.json}: one OpenAPI 3 document over every published resource, built per request so that it
 * follows modules coming and going. Public: it describes the API, not data.
 */
@Component(service = Servlet.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/api/openapi.json",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=portal-openapi"})
public class OpenApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient RestPublisher publisher;

    @Activate
    public OpenApiServlet(@Reference RestPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        List<OpenApiBuilder.Resource> resources = publisher.published().stream()
                .map(p -> new OpenApiBuilder.Resource(p.path(), p.resourceClass(), p.isPublic())).toList();
        resp.setContentType("application/json;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-cache");
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(resp.getOutputStream(), new OpenApiBuilder().build(resources));
    }
}
