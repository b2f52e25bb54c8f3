package org.jindu.portal.ws.internal.rest;

import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.jindu.portal.api.rest.RestResource;
import org.osgi.service.component.annotations.Component;

/**
 * The API root and the catch-all for paths no contribution serves: every unknown path answers a JSON 404 (after
 * authentication, so that unknown paths reveal nothing to strangers).
 */
@Component(service = RestResource.class, property = RestResource.PATH + "=")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class IndexResource implements RestResource {

    @GET
    public Map<String, String> index() {
        return Map.of("name", "禁毒示范创建门户 API / Jindu Portal API", "version", "v1", "openapi", "/api/openapi.json");
    }

    /** Any other path, any method. */
    @Path("{any: .+}")
    public Object unknown() {
        throw new NotFoundException();
    }
}
