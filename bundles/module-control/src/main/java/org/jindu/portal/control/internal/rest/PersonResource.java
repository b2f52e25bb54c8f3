package org.jindu.portal.control.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.rest.Created;
import org.jindu.portal.api.rest.Doc;
import org.jindu.portal.api.rest.RestResource;
import org.jindu.portal.control.internal.domain.Status;
import org.jindu.portal.control.internal.domain.Tier;
import org.jindu.portal.control.internal.model.AssistanceDraft;
import org.jindu.portal.control.internal.model.AssistanceInfo;
import org.jindu.portal.control.internal.model.HistoryEntry;
import org.jindu.portal.control.internal.model.PersonDraft;
import org.jindu.portal.control.internal.model.PersonFilter;
import org.jindu.portal.control.internal.model.PersonInfo;
import org.jindu.portal.control.internal.model.PersonUpdate;
import org.jindu.portal.control.internal.model.ProposalDecision;
import org.jindu.portal.control.internal.model.ProposalInfo;
import org.jindu.portal.control.internal.model.StatusDraft;
import org.jindu.portal.control.internal.model.TierDraft;
import org.jindu.portal.control.internal.model.WorkDraft;
import org.jindu.portal.control.internal.model.WorkInfo;
import org.jindu.portal.control.internal.service.PersonService;
import org.jindu.portal.control.internal.service.WorkService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/control/persons}: person files and their work (CT-1 to CT-4, CT-7). */
@Component(service = RestResource.class, property = RestResource.PATH + "=control/persons")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Doc("管控人员档案 / Person files")
public class PersonResource implements RestResource {
    private final PersonService persons;
    private final WorkService work;

    @Activate
    public PersonResource(@Reference PersonService persons, @Reference WorkService work) {
        this.persons = persons;
        this.work = work;
    }

    @GET
    @Doc("本辖区人员 (证件号脱敏) / Persons of one's area (IDs masked)")
    public List<PersonInfo> list(@Context SecurityContext s, @QueryParam("status") Status status, @QueryParam("tier") Tier tier,
                                 @QueryParam("org") String org, @QueryParam("overdue") Boolean overdue, @QueryParam("name") String name) {
        return persons.list(user(s), new PersonFilter(status, tier, org, overdue, name));
    }

    @POST
    @Doc("建档 / Open a file")
    @Created
    public PersonInfo create(@Context SecurityContext s, PersonDraft draft) {
        return persons.create(user(s), draft);
    }

    @GET
    @Path("{id}")
    @Doc("一份档案 (脱敏) / One file (masked)")
    public PersonInfo get(@Context SecurityContext s, @PathParam("id") long id) {
        return persons.get(user(s), id);
    }

    @GET
    @Path("{id}/identity")
    @Doc("完整身份证号、电话和出生日期 (须说明事由 reason，记入审计) / Full ID number, phone and birth date (a reason is required and audited)")
    public PersonInfo identity(@Context SecurityContext s, @PathParam("id") long id, @QueryParam("reason") String reason) {
        return persons.identify(user(s), id, reason);
    }

    @PUT
    @Path("{id}/photo")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Doc("上传照片 (请求体为 JPEG 或 PNG 文件) / Upload the photo (the body is a JPEG or PNG file)")
    public PersonInfo setPhoto(@Context SecurityContext s, @PathParam("id") long id, @QueryParam("name") String name,
                               java.io.InputStream body) throws java.io.IOException {
        return persons.setPhoto(user(s), id, name, body);
    }

    @GET
    @Path("{id}/photo")
    @Produces({"image/jpeg", "image/png"})
    @Doc("照片 (审计) / The photo (audited)")
    public Response photo(@Context SecurityContext s, @PathParam("id") long id) throws java.io.IOException {
        PersonService.Photo photo = persons.photo(user(s), id).orElseThrow(() -> org.jindu.portal.api.NotFoundException.of(
                org.jindu.portal.api.Text.of("照片", "Photo"), id));
        return Response.ok(photo.content(), photo.contentType())
                .header(javax.ws.rs.core.HttpHeaders.CONTENT_DISPOSITION, org.jindu.portal.api.rest.Downloads.attachment("photo-" + id))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
    }

    @PUT
    @Path("{id}")
    @Doc("修改电话、网格、社工、备注 / Update phone, grid, worker, note")
    public PersonInfo update(@Context SecurityContext s, @PathParam("id") long id, PersonUpdate update) {
        return persons.update(user(s), id, update);
    }

    @POST
    @Path("{id}/status")
    @Doc("变更管控状态 (日期、依据) / Change the status (date, legal basis)")
    public PersonInfo status(@Context SecurityContext s, @PathParam("id") long id, StatusDraft draft) {
        return persons.changeStatus(user(s), id, draft);
    }

    @GET
    @Path("{id}/status")
    @Doc("状态历史 / Status history")
    public List<HistoryEntry> statusHistory(@Context SecurityContext s, @PathParam("id") long id) {
        return persons.statusHistory(user(s), id);
    }

    @POST
    @Path("{id}/tier")
    @Doc("调整风险等级 / Change the risk tier")
    public PersonInfo tier(@Context SecurityContext s, @PathParam("id") long id, TierDraft draft) {
        return persons.changeTier(user(s), id, draft);
    }

    @GET
    @Path("{id}/tier")
    @Doc("风险等级历史 / Tier history")
    public List<HistoryEntry> tierHistory(@Context SecurityContext s, @PathParam("id") long id) {
        return persons.tierHistory(user(s), id);
    }

    @GET
    @Path("{id}/work")
    @Doc("走访、检测、违规记录 / Work records")
    public List<WorkInfo> workList(@Context SecurityContext s, @PathParam("id") long id) {
        return work.list(user(s), id);
    }

    @POST
    @Path("{id}/work")
    @Doc("记录走访、谈话、检测或违规 (阳性自动升级风险等级并提出处置建议) / Record work (a positive test raises the tier and proposes a status)")
    @Created
    public WorkInfo record(@Context SecurityContext s, @PathParam("id") long id, WorkDraft draft) {
        return work.record(user(s), id, draft);
    }

    @GET
    @Path("{id}/proposals")
    @Doc("处置建议 / Proposals")
    public List<ProposalInfo> proposals(@Context SecurityContext s, @PathParam("id") long id) {
        return work.proposals(user(s), id);
    }

    @POST
    @Path("proposals/{proposalId}/decision")
    @Doc("采纳或不采纳建议 / Decide a proposal")
    public PersonInfo decide(@Context SecurityContext s, @PathParam("proposalId") long proposalId, ProposalDecision decision) {
        return work.decide(user(s), proposalId, decision);
    }

    @GET
    @Path("{id}/assistance")
    @Doc("帮扶记录 / Assistance")
    public List<AssistanceInfo> assistance(@Context SecurityContext s, @PathParam("id") long id) {
        return work.assistance(user(s), id);
    }

    @POST
    @Path("{id}/assistance")
    @Doc("记录帮扶 (就业、培训、社保、救助) / Record assistance")
    @Created
    public AssistanceInfo assist(@Context SecurityContext s, @PathParam("id") long id, AssistanceDraft draft) {
        return work.assist(user(s), id, draft);
    }

    private static UserContext user(SecurityContext s) {
        return UserContext.from(s.getUserPrincipal());
    }
}
