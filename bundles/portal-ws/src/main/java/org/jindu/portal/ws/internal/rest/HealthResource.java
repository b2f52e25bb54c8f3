package org.jindu.portal.ws.internal.rest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.jindu.portal.platform.admin.Readiness;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/v1/health}: {@code {"status":"UP"}} when the database answers, every module whose bundle is present
 * works and the demo data (in demo mode) are loaded; otherwise 503 {@code DOWN} with what is not ready, by module id
 * and a word ({@code MIGRATION}, {@code COMPONENT}, {@code DEMO_DATA} …): no messages, no versions, since it needs
 * no login. A load balancer sends users to the node only when it is UP.
 */
@Component(service = RestResource.class, property = {RestResource.PATH + "=health", RestResource.PUBLIC + "=true"})
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Doc("健康检查 (无需登录) / Health check (no login)")
public class HealthResource implements RestResource {
    private final DataSource dataSource;
    private final Readiness readiness;

    @Activate
    public HealthResource(@Reference(target = "(osgi.jndi.service.name=portal)") DataSource dataSource,
                          @Reference(target = "(" + SchemaReady.BUNDLE + "=org.jindu.portal.core)") SchemaReady core,
                          @Reference Readiness readiness) {
        this.dataSource = dataSource;
        this.readiness = readiness;
    }

    @GET
    @Doc("平台状态 / Platform status")
    public Response health() {
        try (Connection c = dataSource.getConnection()) {
            if (!c.isValid(2)) {
                return down(List.of(new Readiness.NotReady("portal", "DATABASE")));
            }
        } catch (SQLException e) {
            return down(List.of(new Readiness.NotReady("portal", "DATABASE")));
        }
        List<Readiness.NotReady> notReady = readiness.notReady();
        return notReady.isEmpty() ? Response.ok(Map.of("status", "UP")).build() : down(notReady);
    }

    private static Response down(List<Readiness.NotReady> notReady) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "DOWN");
        body.put("notReady", notReady);
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).entity(body).build();
    }
}
