package org.jindu.portal.assessment.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;

import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.data.Table;
import org.jindu.portal.api.data.TableExporter;
import org.jindu.portal.api.rest.Doc;
import org.jindu.portal.api.rest.Downloads;
import org.jindu.portal.api.rest.RestResource;
import org.jindu.portal.assessment.internal.model.CoverageRow;
import org.jindu.portal.assessment.internal.model.TargetDraft;
import org.jindu.portal.assessment.internal.service.CoverageService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/assessment/coverage}: village coverage per town and year against targets and quotas (CA-9). */
@Component(service = RestResource.class, property = RestResource.PATH + "=assessment/coverage")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Doc("覆盖率与目标 / Coverage and targets")
public class CoverageResource implements RestResource {
    private final CoverageService coverage;

    @Activate
    public CoverageResource(@Reference CoverageService coverage) {
        this.coverage = coverage;
    }

    @GET
    @Doc("各镇街各年度无毒村居覆盖率 / Coverage per town and year")
    public List<CoverageRow> report(@Context SecurityContext security, @QueryParam("year") Integer year,
                                    @QueryParam("town") String town) {
        return coverage.report(UserContext.from(security.getUserPrincipal()), year, town);
    }

    @GET
    @Path("export.xlsx")
    @Produces(TableExporter.XLSX_TYPE)
    @Doc("导出 Excel / Export to Excel")
    public Response export(@Context SecurityContext security, @QueryParam("year") Integer year) {
        UserContext user = UserContext.from(security.getUserPrincipal());
        // checked and built before the first byte, so that a refusal is a proper 403 and not a broken download
        Table table = coverage.exportTable(user, year);
        StreamingOutput body = out -> coverage.writeXlsx(table, out);
        return Response.ok(body, TableExporter.XLSX_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("无毒村居覆盖率" + (year == null ? "" : "-" + year) + ".xlsx"))
                .build();
    }

    @PUT
    @Path("targets")
    @Doc("设置镇街年度目标与名额 / Set a town's target and quota for a year")
    public CoverageRow setTarget(@Context SecurityContext security, TargetDraft draft) {
        return coverage.setTarget(UserContext.from(security.getUserPrincipal()), draft);
    }
}
