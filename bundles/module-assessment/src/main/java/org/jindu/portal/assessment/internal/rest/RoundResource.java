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
import org.jindu.portal.assessment.internal.model.RoundDraft;
import org.jindu.portal.assessment.internal.model.RoundInfo;
import org.jindu.portal.assessment.internal.service.RoundService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/assessment/rounds}: the yearly creation rounds of towns (villages apply) and cities (towns apply). */
@Component(service = RestResource.class, property = RestResource.PATH + "=assessment/rounds")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Doc("创建轮次 / Creation rounds")
public class RoundResource implements RestResource {
    private final RoundService rounds;

    @Activate
    public RoundResource(@Reference RoundService rounds) {
        this.rounds = rounds;
    }

    @GET
    @Doc("轮次列表 / Rounds")
    public List<RoundInfo> list(@Context SecurityContext security, @QueryParam("year") Integer year) {
        return rounds.list(UserContext.from(security.getUserPrincipal()), year);
    }

    @GET
    @Path("{id}")
    @Doc("一个轮次及各状态申报数 / One round with its applications per state")
    public RoundInfo get(@Context SecurityContext security, @PathParam("id") long id) {
        return rounds.get(UserContext.from(security.getUserPrincipal()), id);
    }

    @POST
    @Doc("开启新轮次 (禁毒办) / Open a round (drug-control office)")
    @Created
    public RoundInfo create(@Context SecurityContext security, RoundDraft draft) {
        return rounds.create(UserContext.from(security.getUserPrincipal()), draft);
    }
}
