package org.jindu.portal.api.rest;

import org.osgi.annotation.versioning.ConsumerType;

/** Marker for a JAX-RS root resource contributed to the portal's REST API. See the package description. */
@ConsumerType
public interface RestResource {
    /**
     * Service property: the path under {@code /api/v1}, without slashes at either end (e.g. {@code assessment}).
     * Paths must be unique; the first registration wins and later ones are logged and ignored.
     */
    String PATH = "portal.rest.path";

    /** Service property: set to {@code true} to let unauthenticated requests through (only the health check does). */
    String PUBLIC = "portal.rest.public";
}
