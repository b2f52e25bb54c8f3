package org.jindu.portal.control.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.rest.Created;
import org.jindu.portal.api.rest.Doc;
import org.jindu.portal.api.rest.RestResource;
import org.jindu.portal.control.internal.model.HandoverAnswer;
import org.jindu.portal.control.internal.model.HandoverDraft;
import org.jindu.portal.control.internal.model.HandoverInfo;
import org.jindu.portal.control.internal.service.HandoverService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/control/handovers}: handovers between villages and with other agencies (CT-6). */
@Component(service = RestResource.class, property = RestResource.PATH + "=control/handovers")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Doc("交接 / Handovers")
public class HandoverResource implements RestResource {
    private final HandoverService handovers;

    @Activate
    public HandoverResource(@Reference HandoverService handovers) {
        this.handovers = handovers;
    }

    @GET
    @Doc("本辖区发起或接收的交接 / Handovers from or to one's area")
    public List<HandoverInfo> list(@Context SecurityContext s) {
        return handovers.list(user(s));
    }

    @POST
    @Doc("发起交接 (toOrg 为本系统村居，externalParty 为外部机关) / Request a handover")
    @Created
    public HandoverInfo request(@Context SecurityContext s, HandoverDraft draft) {
        return handovers.request(user(s), draft);
    }

    @GET
    @Path("{id}")
    @Doc("一次交接 / One handover")
    public HandoverInfo get(@Context SecurityContext s, @PathParam("id") long id) {
        return handovers.get(user(s), id);
    }

    @POST
    @Path("{id}/answer")
    @Doc("接收方答复 (接收或拒绝) / The receiving side accepts or refuses")
    public HandoverInfo answer(@Context SecurityContext s, @PathParam("id") long id, HandoverAnswer answer) {
        return handovers.answer(user(s), id, answer);
    }

    @POST
    @Path("{id}/cancel")
    @Doc("发起方撤回 / The requesting side cancels")
    public HandoverInfo cancel(@Context SecurityContext s, @PathParam("id") long id) {
        return handovers.cancel(user(s), id);
    }

    private static UserContext user(SecurityContext s) {
        return UserContext.from(s.getUserPrincipal());
    }
}
