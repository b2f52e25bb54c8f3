package org.jindu.portal.ws.internal.rest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.jindu.portal.api.rest.Doc;
import org.jindu.portal.api.rest.RestResource;
import org.jindu.portal.api.schema.SchemaReady;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/v1/health}: {@code {"status":"UP"}} once the platform core runs on a reachable database, and
 * nothing else (no versions, no names) since it needs no login. 503 {@code DOWN} when the database does not answer.
 */
@Component(service = RestResource.class, property = {RestResource.PATH + "=health", RestResource.PUBLIC + "=true"})
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Doc("健康检查 (无需登录) / Health check (no login)")
public class HealthResource implements RestResource {
    private final DataSource dataSource;

    @Activate
    public HealthResource(@Reference(target = "(osgi.jndi.service.name=portal)") DataSource dataSource,
                          @Reference(target = "(" + SchemaReady.BUNDLE + "=org.jindu.portal.core)") SchemaReady core) {
        this.dataSource = dataSource;
    }

    @GET
    @Doc("平台状态 / Platform status")
    public Response health() {
        try (Connection c = dataSource.getConnection()) {
            if (c.isValid(2)) {
                return Response.ok(Map.of("status", "UP")).build();
            }
        } catch (SQLException e) {
            // reported as DOWN below
        }
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).entity(Map.of("status", "DOWN")).build();
    }
}
