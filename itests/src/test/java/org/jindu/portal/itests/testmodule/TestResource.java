package org.jindu.portal.itests.testmodule;

import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.rest.RestResource;

/** {@code /api/v1/<module>}: ping, scoped records, an audited personal record. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class TestResource implements RestResource {
    private final String moduleId;
    private final TestRecords records;

    TestResource(String moduleId, Services services) {
        this.moduleId = moduleId;
        this.records = new TestRecords(moduleId, services);
    }

    @GET
    @Path("ping")
    public Map<String, String> ping() {
        return Map.of("module", moduleId);
    }

    @GET
    @Path("records")
    public List<TestRecords.Record> records(@Context SecurityContext security) {
        return records.visible(UserContext.from(security.getUserPrincipal()));
    }

    @GET
    @Path("records/{code}")
    public TestRecords.Record record(@Context SecurityContext security, @PathParam("code") String code) {
        return records.one(UserContext.from(security.getUserPrincipal()), code);
    }

    @GET
    @Path("persons/{code}")
    public TestRecords.Record person(@Context SecurityContext security, @PathParam("code") String code) {
        return records.person(UserContext.from(security.getUserPrincipal()), code);
    }
}
