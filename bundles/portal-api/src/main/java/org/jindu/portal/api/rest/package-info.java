/**
 * REST contributions. A module registers a plain JAX-RS annotated object as a {@link org.jindu.portal.api.rest.RestResource}
 * service with the property {@value org.jindu.portal.api.rest.RestResource#PATH}; the platform publishes it under
 * {@code http://<host>:8181/api/v1/<path>} with the shared JSON provider, authentication (HTTP Basic or bearer
 * token), error mapping and OpenAPI description, and removes it when the service goes away.
 *
 * <pre>{@code
 * @Component(service = RestResource.class, property = RestResource.PATH + "=assessment")
 * @Path("/")
 * @Produces(MediaType.APPLICATION_JSON)
 * public class AssessmentResource implements RestResource {
 *     @Context SecurityContext security;
 *     @GET @Path("rounds") public List<RoundDto> rounds() {
 *         return service.rounds(UserContext.from(security.getUserPrincipal()));
 *     }
 * }
 * }</pre>
 * Throw the exceptions of {@link org.jindu.portal.api} for errors: 400 with the invalid fields, 403, 404, 409.
 *
 * <p>1.2: {@link org.jindu.portal.api.rest.KeptList}, a list answer kept in memory whose JSON is written once.
 */
@Export
@Version("1.3.0")
package org.jindu.portal.api.rest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
