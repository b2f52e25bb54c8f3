/**
 * Core contracts of the Jindu portal (禁毒示范创建门户): who the user is ({@link org.jindu.portal.api.UserContext}),
 * what he may do ({@link org.jindu.portal.api.AccessPolicy}), and the exceptions every door (UI, REST, SOAP)
 * turns into the same user-facing answer.
 *
 * <p>A module codes only against {@code org.jindu.portal.api.*} packages (plus third-party APIs such as JPA,
 * JAX-RS, JAX-WS and, for views, Vaadin). It never imports another module or the platform's internals.
 *
 * <p>1.3: {@link org.jindu.portal.api.BusyException} (503), {@link org.jindu.portal.api.Validator#date}.
 */
@Export
@Version("1.3.0")
package org.jindu.portal.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
