/**
 * SOAP contributions. A module registers a {@code @javax.jws.WebService} object as a
 * {@link org.jindu.portal.api.soap.SoapService} service with the property {@value org.jindu.portal.api.soap.SoapService#NAME};
 * the platform publishes it at {@code http://<host>:8181/soap/<name>} (WSDL at {@code ?wsdl}), behind HTTP Basic
 * authentication against the portal's users, lists it at {@code /soap/}, and removes it when the service goes.
 * Inside an operation, get the caller with
 * {@code UserContext.from(webServiceContext.getUserPrincipal())} from an injected {@code @Resource WebServiceContext}.
 */
@Export
@Version("1.0.0")
package org.jindu.portal.api.soap;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
