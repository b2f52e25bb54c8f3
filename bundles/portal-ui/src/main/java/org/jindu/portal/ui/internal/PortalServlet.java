package org.jindu.portal.ui.internal;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.servlet.Servlet;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

import org.jindu.portal.api.AccessPolicy;
import org.jindu.portal.api.module.ModuleRegistry;
import org.jindu.portal.api.org.OrgDirectory;
import org.jindu.portal.api.security.Authenticator;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

import com.vaadin.server.UIClassSelectionEvent;
import com.vaadin.server.UICreateEvent;
import com.vaadin.server.UIProvider;
import com.vaadin.server.VaadinServlet;
import com.vaadin.ui.UI;

/**
 * The shell's Vaadin servlet at {@code /portal/*}; it also serves {@code /VAADIN/*} (the theme, the precompiled
 * default widgetset, the bootstrap and push scripts) straight from the Vaadin bundles and from this bundle.
 */
@Component(service = Servlet.class, configurationPid = UiConfig.PID, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/portal/*",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/VAADIN/*",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=portal-ui",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_ASYNC_SUPPORTED + "=true",
        // Pax Web's own property: Vaadin and Atmosphere initialise when the servlet is registered, not in the first
        // visitor's request (half a second of the login page's first showing after a start)
        "load-on-startup:Integer=1",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_INIT_PARAM_PREFIX + "productionMode=true",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_INIT_PARAM_PREFIX + "heartbeatInterval=60",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_INIT_PARAM_PREFIX + "closeIdleSessions=true",
        // Atmosphere ends a waiting long poll itself (the client reconnects) before Jetty's 30-second async timeout
        // closes it under a message being written, which lost that message and froze the tab's updates
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_INIT_PARAM_PREFIX + "pushLongPollingSuspendTimeout=20000",
        // long polling only: Pax Web 8 has no JSR-356 container, so spare Atmosphere its WebSocket probes
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_INIT_PARAM_PREFIX + "org.atmosphere.websocket.suppressJSR356=true",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_INIT_PARAM_PREFIX + "org.atmosphere.useWebSocket=false",
        // and name the plain Servlet 3.0 support: detecting the container tried Jetty's old WebSocket classes first
        // and logged their absence as an error with a stack trace
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_INIT_PARAM_PREFIX
                + "org.atmosphere.cpr.asyncSupport=org.atmosphere.container.Servlet30CometSupport"})
public class PortalServlet extends VaadinServlet {
    private static final long serialVersionUID = 1L;
    private static final List<String> RESOURCE_BUNDLES = List.of(
            "com.vaadin.themes", "com.vaadin.client-compiled", "com.vaadin.server", "com.vaadin.push");

    private final transient BundleContext context;
    private final transient UiServices services;
    private final transient Map<String, Bundle> bundles = new ConcurrentHashMap<>();

    @Activate
    public PortalServlet(BundleContext context, @Reference Authenticator authenticator, @Reference AccessPolicy access,
                         @Reference OrgDirectory org, @Reference ModuleRegistry modules, @Reference ViewRegistry views,
                         UiConfig config) {
        this.context = context;
        this.services = new UiServices(authenticator, access, org, modules, views, config.sessionTimeoutMinutes());
    }

    @Override
    protected void servletInitialized() throws ServletException {
        super.servletInitialized();
        getService().addSessionInitListener(event -> event.getSession().addUIProvider(new UIProvider() {
            private static final long serialVersionUID = 1L;

            @Override
            public Class<? extends UI> getUIClass(UIClassSelectionEvent e) {
                return PortalUI.class;
            }

            @Override
            public UI createInstance(UICreateEvent e) {
                return new PortalUI(services);
            }
        }));
    }

    /**
     * Vaadin 8's bootstrap page and widget set need inline scripts, eval and inline styles; everything else is limited
     * to this site, and no other site may frame the portal.
     */
    static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        // mapped at /portal/* and /VAADIN/*: the servlet path tells which
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith("/VAADIN/") || path.startsWith("/portal/VAADIN/")) {
            // the theme and the widget set: the same for everyone, cacheable as Vaadin says
            super.service(request, response);
            return;
        }
        // pages and UI updates carry personal data: never stored by the browser or a proxy, whatever Vaadin sets
        response.setHeader("Cache-Control", "no-store");
        if (path.startsWith("/portal/PUSH")) {
            // Atmosphere suspends this response: it gets the container's own object
            super.service(request, response);
            return;
        }
        super.service(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!"Cache-Control".equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!"Cache-Control".equalsIgnoreCase(name)) {
                    super.addHeader(name, value);
                }
            }
        });
    }

    @Override
    public URL findResourceURL(String filename) {
        String path = filename.startsWith("/") ? filename.substring(1) : filename;
        if (!path.startsWith("VAADIN/") || path.contains("..")) {
            return null;
        }
        URL own = context.getBundle().getEntry(path);
        if (own != null) {
            return own;
        }
        for (String symbolicName : RESOURCE_BUNDLES) {
            Bundle b = bundle(symbolicName);
            URL url = b == null ? null : b.getEntry(path);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    private Bundle bundle(String symbolicName) {
        Bundle cached = bundles.get(symbolicName);
        if (cached != null && cached.getState() != Bundle.UNINSTALLED) {
            return cached;
        }
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName()) && b.getState() != Bundle.UNINSTALLED) {
                bundles.put(symbolicName, b);
                return b;
            }
        }
        return null;
    }
}
