package org.jindu.portal.assessment.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.rest.Created;
import org.jindu.portal.api.rest.Doc;
import org.jindu.portal.api.rest.Downloads;
import org.jindu.portal.api.rest.RestResource;
import org.jindu.portal.assessment.internal.domain.Standard;
import org.jindu.portal.assessment.internal.model.StandardInfo;
import org.jindu.portal.assessment.internal.service.StandardService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/assessment/standards}: creation standards as versioned rubrics, exported and imported as JSON (CA-1). */
@Component(service = RestResource.class, property = RestResource.PATH + "=assessment/standards")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Doc("创建标准 / Creation standards")
public class StandardResource implements RestResource {
    private final StandardService standards;

    @Activate
    public StandardResource(@Reference StandardService standards) {
        this.standards = standards;
    }

    @GET
    @Doc("各标准的最新版本 (all=true 含历史版本) / Newest version of each standard (all=true: every version)")
    public List<StandardInfo> list(@Context SecurityContext security, @QueryParam("all") @DefaultValue("false") boolean all) {
        return standards.list(UserContext.from(security.getUserPrincipal()), all);
    }

    @GET
    @Path("{id}")
    @Doc("一个版本 / One version")
    public StandardInfo get(@Context SecurityContext security, @PathParam("id") long id) {
        return standards.get(UserContext.from(security.getUserPrincipal()), id);
    }

    @GET
    @Path("{id}/export")
    @Doc("导出为 JSON 文件 (可再导入) / Export as a JSON file (importable)")
    public Response export(@Context SecurityContext security, @PathParam("id") long id) {
        Standard s = standards.get(UserContext.from(security.getUserPrincipal()), id).standard();
        return Response.ok(s, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(s.code() + "-v" + s.version() + ".json")).build();
    }

    @POST
    @Doc("保存为新版本或导入 (版本号自动递增) / Save as the next version, or import (the version number is assigned)")
    @Created
    public StandardInfo save(@Context SecurityContext security, @QueryParam("note") @Doc("修改说明 / change note") String note,
                         Standard standard) {
        return standards.save(UserContext.from(security.getUserPrincipal()), standard, note);
    }
}
