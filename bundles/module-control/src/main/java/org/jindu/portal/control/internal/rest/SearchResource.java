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
import org.jindu.portal.control.internal.model.SearchAction;
import org.jindu.portal.control.internal.model.SearchClosing;
import org.jindu.portal.control.internal.model.SearchDraft;
import org.jindu.portal.control.internal.model.SearchInfo;
import org.jindu.portal.control.internal.service.SearchService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/control/searches}: hidden users (清隐) and lost-contact searches (清零), CT-5. */
@Component(service = RestResource.class, property = RestResource.PATH + "=control/searches")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Doc("清隐清零 / Hidden users and lost-contact searches")
public class SearchResource implements RestResource {
    private final SearchService searches;

    @Activate
    public SearchResource(@Reference SearchService searches) {
        this.searches = searches;
    }

    @GET
    @Doc("本辖区案件 / Cases of one's area")
    public List<SearchInfo> list(@Context SecurityContext s) {
        return searches.list(user(s));
    }

    @POST
    @Doc("立案 (kind: HIDDEN 清隐 或 LOST 清零) / Open a case")
    @Created
    public SearchInfo open(@Context SecurityContext s, SearchDraft draft) {
        return searches.open(user(s), draft);
    }

    @POST
    @Path("{id}/actions")
    @Doc("记录开展的工作 / Record an action")
    public SearchInfo action(@Context SecurityContext s, @PathParam("id") long id, SearchAction action) {
        return searches.addAction(user(s), id, action.date(), action.action());
    }

    @POST
    @Path("{id}/close")
    @Doc("结案 (找到或关闭) / Close the case (found or closed)")
    public SearchInfo close(@Context SecurityContext s, @PathParam("id") long id, SearchClosing closing) {
        return searches.close(user(s), id, closing.found(), closing.personId(), closing.outcome());
    }

    private static UserContext user(SecurityContext s) {
        return UserContext.from(s.getUserPrincipal());
    }
}
