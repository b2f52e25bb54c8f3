package org.jindu.portal.ui.internal;

import org.jindu.portal.api.AccessPolicy;
import org.jindu.portal.api.module.ModuleRegistry;
import org.jindu.portal.api.org.OrgDirectory;
import org.jindu.portal.api.security.Authenticator;

/** The platform services a UI uses; handed from the servlet to each UI because UIs are not DS components. */
public record UiServices(Authenticator authenticator, AccessPolicy access, OrgDirectory org, ModuleRegistry modules,
                         ViewRegistry views, int sessionTimeoutMinutes) {
}
