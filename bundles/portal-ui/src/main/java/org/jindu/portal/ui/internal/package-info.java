/**
 * The Vaadin 8 shell. Vaadin's OSGi integration artifact is not published for the free 8.14 line, so the shell
 * registers its own {@link com.vaadin.server.VaadinServlet} through the HTTP whiteboard and serves
 * {@code /VAADIN/*} (themes, widgetset, bootstrap and push scripts) from the Vaadin bundles itself; this also
 * avoids Pax Web 8's 404 on the single-file resources vaadin-shared registers.
 *
 * <p>UIs are not DS components: {@link org.jindu.portal.ui.internal.PortalServlet} hands them the platform services
 * through {@link org.jindu.portal.ui.internal.UiServices}. Contributions come and go through
 * {@link org.jindu.portal.ui.internal.ViewRegistry}, which open UIs listen to and apply inside {@code ui.access()}.
 */
package org.jindu.portal.ui.internal;
