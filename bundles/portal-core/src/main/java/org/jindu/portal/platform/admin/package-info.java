/**
 * Administration of the platform's own data: users, org tree, member units and role grants. Used by the admin
 * area of the shell, the REST API and the Karaf shell commands; every method checks the actor's permission and
 * audits the change. Modules do not need it.
 */
@Version("1.0.0")
package org.jindu.portal.platform.admin;

import org.osgi.annotation.versioning.Version;
