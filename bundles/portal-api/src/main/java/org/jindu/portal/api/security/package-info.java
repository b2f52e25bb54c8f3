/**
 * Authentication, one check for all three doors: the Vaadin login page, HTTP Basic or bearer tokens on the REST
 * API, and HTTP Basic on SOAP. Portal users live in the portal's database with PBKDF2-hashed passwords; Karaf's
 * own console users are unrelated. Modules normally need none of this: they receive the
 * {@link org.jindu.portal.api.UserContext} from the door.
 */
@Export
@Version("1.0.0")
package org.jindu.portal.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
