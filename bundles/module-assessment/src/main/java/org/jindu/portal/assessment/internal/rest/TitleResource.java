package org.jindu.portal.assessment.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.rest.Created;
import org.jindu.portal.api.rest.Doc;
import org.jindu.portal.api.rest.RestResource;
import org.jindu.portal.assessment.internal.domain.Level;
import org.jindu.portal.assessment.internal.domain.Titles;
import org.jindu.portal.assessment.internal.model.ReviewDraft;
import org.jindu.portal.assessment.internal.model.RevocationDraft;
import org.jindu.portal.assessment.internal.model.SignalInfo;
import org.jindu.portal.assessment.internal.model.TitleFilter;
import org.jindu.portal.assessment.internal.model.TitleInfo;
import org.jindu.portal.assessment.internal.model.TownAssessmentDraft;
import org.jindu.portal.assessment.internal.model.TownAssessmentInfo;
import org.jindu.portal.assessment.internal.model.VillageHistory;
import org.jindu.portal.assessment.internal.service.TitleService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/assessment/titles}: titles, annual reviews, yellow cards, revocation, town assessments (CA-7, CA-8). */
@Component(service = RestResource.class, property = RestResource.PATH + "=assessment/titles")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Doc("称号与动态管理 / Titles and dynamic management")
public class TitleResource implements RestResource {
    private final TitleService titles;

    @Activate
    public TitleResource(@Reference TitleService titles) {
        this.titles = titles;
    }

    @GET
    @Doc("称号列表 / Titles")
    public List<TitleInfo> list(@Context SecurityContext security, @QueryParam("level") Level level,
                                @QueryParam("status") Titles.Status status, @QueryParam("org") String org) {
        return titles.list(user(security), new TitleFilter(level, status, org));
    }

    @GET
    @Path("{id}")
    @Doc("一个称号及其复核记录 / One title with its reviews")
    public TitleInfo get(@Context SecurityContext security, @PathParam("id") long id) {
        return titles.get(user(security), id);
    }

    @GET
    @Path("units/{orgCode}")
    @Doc("一个村居(镇街)的称号历史和申报 / A unit's title history and applications")
    public VillageHistory history(@Context SecurityContext security, @PathParam("orgCode") String orgCode) {
        return titles.history(user(security), orgCode);
    }

    @POST
    @Path("{id}/reviews")
    @Doc("年度复核 (保留或黄牌警告；连续两次黄牌自动提出取消) / Annual review (retain or yellow card; a second in a row proposes revocation)")
    public TitleInfo review(@Context SecurityContext security, @PathParam("id") long id, ReviewDraft draft) {
        return titles.review(user(security), id, draft);
    }

    @POST
    @Path("{id}/revocation")
    @Doc("取消称号 / Revoke the title")
    public TitleInfo revoke(@Context SecurityContext security, @PathParam("id") long id, RevocationDraft draft) {
        return titles.revoke(user(security), id, draft);
    }

    @GET
    @Path("{id}/signals")
    @Doc("复核参考信号 (如污水监测预警) / Signals for the review (e.g. wastewater alerts)")
    public List<SignalInfo> signals(@Context SecurityContext security, @PathParam("id") long id, @QueryParam("year") int year) {
        return titles.signals(user(security), id, year);
    }

    @GET
    @Path("town-assessments")
    @Doc("市级对镇街的考评结果 / Town assessments by the city")
    public List<TownAssessmentInfo> townAssessments(@Context SecurityContext security, @QueryParam("year") Integer year) {
        return titles.townAssessments(user(security), year);
    }

    @POST
    @Path("town-assessments")
    @Doc("录入镇街考评结果 (市禁毒办) / Record a town's assessment (city office)")
    @Created
    public TownAssessmentInfo recordTownAssessment(@Context SecurityContext security, TownAssessmentDraft draft) {
        return titles.recordTownAssessment(user(security), draft);
    }

    private static UserContext user(SecurityContext security) {
        return UserContext.from(security.getUserPrincipal());
    }
}
