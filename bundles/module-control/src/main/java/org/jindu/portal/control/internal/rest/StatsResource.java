package org.jindu.portal.control.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
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
import javax.ws.rs.core.StreamingOutput;

import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.Validator;
import org.jindu.portal.api.data.Table;
import org.jindu.portal.api.data.TableExporter;
import org.jindu.portal.api.rest.Doc;
import org.jindu.portal.api.rest.Downloads;
import org.jindu.portal.api.rest.RestResource;
import org.jindu.portal.control.internal.model.ControlStatus;
import org.jindu.portal.control.internal.model.Stats;
import org.jindu.portal.control.internal.service.DutyService;
import org.jindu.portal.control.internal.service.ExchangeService;
import org.jindu.portal.control.internal.service.StatsService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/control}: figures, duties, the export and the status query by exact ID number. */
@Component(service = RestResource.class, property = RestResource.PATH + "=control")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Doc("管控统计、任务与导出 / Control figures, duties and export")
public class StatsResource implements RestResource {
    private final StatsService stats;
    private final DutyService duties;
    private final ExchangeService exchange;

    @Activate
    public StatsResource(@Reference StatsService stats, @Reference DutyService duties, @Reference ExchangeService exchange) {
        this.stats = stats;
        this.duties = duties;
        this.exchange = exchange;
    }

    @GET
    @Path("stats")
    @Doc("按状态、等级、村居统计，逾期工作，季度趋势 / Counts, overdue work, quarters")
    public Stats stats(@Context SecurityContext s) {
        return stats.stats(user(s));
    }

    @GET
    @Path("duties")
    @Doc("待办的出所必接与入所帮教 / Open pick-ups and custody visits")
    public List<DutyService.Duty> duties(@Context SecurityContext s) {
        return duties.open(user(s));
    }

    @POST
    @Path("duties/{id}/done")
    @Doc("任务完成 / Mark a duty done")
    public DutyService.Duty done(@Context SecurityContext s, @PathParam("id") long id, @QueryParam("date") String date,
                                 @QueryParam("note") String note) {
        return duties.done(user(s), id, Validator.date("date", date), note);
    }

    /** The body of a status query. */
    public record StatusQuery(String idNumber) {
    }

    @POST
    @Path("status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Doc("按完整身份证号查询管控状态 (号码放在请求体中，不进 URL 和日志；不支持模糊查询；审计) / Control status by exact ID number (in the body, never in a URL; audited)")
    public ControlStatus status(@Context SecurityContext s, StatusQuery query) {
        return exchange.status(user(s), query == null ? null : query.idNumber());
    }

    @GET
    @Path("persons.xlsx")
    @Produces(TableExporter.XLSX_TYPE)
    @Doc("导出人员清单 (默认脱敏) / Export the person list (masked unless full=true and allowed)")
    public Response export(@Context SecurityContext s, @QueryParam("full") boolean full) {
        Table table = stats.exportTable(user(s), full);
        StreamingOutput body = out -> stats.writeXlsx(table, out);
        return Response.ok(body, TableExporter.XLSX_TYPE).header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("管控人员清单.xlsx")).build();
    }

    private static UserContext user(SecurityContext s) {
        return UserContext.from(s.getUserPrincipal());
    }
}
