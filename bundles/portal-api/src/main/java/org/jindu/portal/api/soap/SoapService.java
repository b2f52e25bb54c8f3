package org.jindu.portal.api.soap;

import org.osgi.annotation.versioning.ConsumerType;

/** Marker for a JAX-WS endpoint contributed to the portal's SOAP services. See the package description. */
@ConsumerType
public interface SoapService {
    /** Service property: the service name, the last path segment of its address (e.g. {@code designation}). */
    String NAME = "portal.soap.name";
}
