/**
 * View contributions to the Vaadin 8 shell: the only package of the API that knows Vaadin, so that a future move
 * to another UI technology touches views and this package only.
 *
 * <p>A module registers {@link org.jindu.portal.api.ui.ViewContribution} services. The shell shows a navigation
 * entry for each contribution whose permission the user holds (role, unit enablement; scope is the view's own
 * business) and calls {@link org.jindu.portal.api.ui.ViewContribution#createView} for every UI session that opens
 * it, so views never share component instances. When the service goes away, open sessions lose the entry within
 * seconds and any open view of it is replaced by the home page.
 *
 * <p>Views are thin: they call the module's service with {@link org.jindu.portal.api.ui.ViewContext#user()}, which
 * checks permission and scope exactly as for a REST call, and show
 * {@link org.jindu.portal.api.PortalException} messages through {@link org.jindu.portal.api.ui.ViewContext#showError}.
 */
@Export
@Version("1.2.0")
package org.jindu.portal.api.ui;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
