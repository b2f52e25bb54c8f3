/**
 * Administration of the platform's own data: users, org tree, member units, role grants, module enablement and module
 * packages. Used by the admin area of the shell, the REST API and the Karaf shell commands; every method checks the
 * actor's permission and audits the change.
 *
 * <p>Platform-only: portal-core exports it with a mandatory attribute ({@code platform=internal}), so a bundle wires
 * to it only when it asks for that attribute (portal-ws and portal-ui do); modules cannot, and their build check
 * refuses any import of it. Versioned like the API packages.
 */
@Version("1.2.0")
package org.jindu.portal.platform.admin;

import org.osgi.annotation.versioning.Version;
