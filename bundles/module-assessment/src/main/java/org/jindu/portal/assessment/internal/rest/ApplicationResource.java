package org.jindu.portal.assessment.internal.rest;

import java.io.InputStream;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
import org.jindu.portal.api.rest.Created;
import org.jindu.portal.api.rest.Doc;
import org.jindu.portal.api.rest.Downloads;
import org.jindu.portal.api.rest.RestResource;
import org.jindu.portal.assessment.internal.domain.ApplicationState;
import org.jindu.portal.assessment.internal.model.ActionRequest;
import org.jindu.portal.assessment.internal.model.ApplicationDraft;
import org.jindu.portal.assessment.internal.model.ApplicationFilter;
import org.jindu.portal.assessment.internal.model.ApplicationInfo;
import org.jindu.portal.assessment.internal.model.AssessorRef;
import org.jindu.portal.assessment.internal.model.EvidenceDraft;
import org.jindu.portal.assessment.internal.model.EvidenceInfo;
import org.jindu.portal.assessment.internal.model.SheetDraft;
import org.jindu.portal.assessment.internal.model.SheetInfo;
import org.jindu.portal.assessment.internal.model.TransitionInfo;
import org.jindu.portal.assessment.internal.service.ApplicationService;
import org.jindu.portal.assessment.internal.service.EvidenceService;
import org.jindu.portal.assessment.internal.service.ScoringService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/assessment/applications}: applications and their procedure, evidence, assessors and score sheets
 * (CA-2 to CA-7, CA-10). Village staff reach only their own village's applications, assessors only those assigned to
 * them; others in the caller's area are answered with 404 like missing ones.
 */
@Component(service = RestResource.class, property = RestResource.PATH + "=assessment/applications")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Doc("创建申报 / Applications")
public class ApplicationResource implements RestResource {
    private final ApplicationService applications;
    private final EvidenceService evidence;
    private final ScoringService scoring;

    /** The assessors of an application. */
    public record Assessors(@Doc("考评人员的用户 id / user ids of the assessors") List<Long> assessorIds) {
    }

    @Activate
    public ApplicationResource(@Reference ApplicationService applications, @Reference EvidenceService evidence,
                               @Reference ScoringService scoring) {
        this.applications = applications;
        this.evidence = evidence;
        this.scoring = scoring;
    }

    @GET
    @Doc("申报列表 (mine=true: 分配给我的考评任务) / Applications (mine=true: my assessment tasks)")
    public List<ApplicationInfo> list(@Context SecurityContext security, @QueryParam("round") Long round,
                                      @QueryParam("year") Integer year, @QueryParam("state") ApplicationState state,
                                      @QueryParam("org") @Doc("单位编码 (含下级) / org code, with everything below") String org,
                                      @QueryParam("mine") @DefaultValue("false") boolean mine) {
        return applications.list(user(security), new ApplicationFilter(round, year, state, org, mine));
    }

    @GET
    @Path("{id}")
    @Doc("一份申报 / One application")
    public ApplicationInfo get(@Context SecurityContext security, @PathParam("id") long id) {
        return applications.get(user(security), id);
    }

    @POST
    @Doc("新建申报 (草稿) / Start an application (draft)")
    @Created
    public ApplicationInfo create(@Context SecurityContext security, ApplicationDraft draft) {
        return applications.create(user(security), draft);
    }

    @PUT
    @Path("{id}")
    @Doc("修改申报表 (仅草稿) / Change the form (drafts only)")
    public ApplicationInfo update(@Context SecurityContext security, @PathParam("id") long id, ApplicationDraft draft) {
        return applications.update(user(security), id, draft);
    }

    @POST
    @Path("{id}/actions")
    @Doc("执行一步流程: 提交、审核、开始考评、汇总、督导、确定示范、取消资格… / Take a step of the procedure")
    public ApplicationInfo act(@Context SecurityContext security, @PathParam("id") long id, ActionRequest request) {
        return applications.act(user(security), id, request);
    }

    @GET
    @Path("{id}/transitions")
    @Doc("流转记录 (日期与操作人) / The dated steps and who made them")
    public List<TransitionInfo> transitions(@Context SecurityContext security, @PathParam("id") long id) {
        return applications.transitions(user(security), id);
    }

    @GET
    @Path("{id}/evidence")
    @Doc("佐证材料 / Evidence")
    public List<EvidenceInfo> evidence(@Context SecurityContext security, @PathParam("id") long id) {
        return evidence.list(user(security), id);
    }

    @POST
    @Path("{id}/evidence")
    @Doc("录入措施或说明 (实施推进阶段) / Record a measure (during implementation)")
    @Created
    public EvidenceInfo addEvidence(@Context SecurityContext security, @PathParam("id") long id, EvidenceDraft draft) {
        return evidence.add(user(security), id, draft);
    }

    @POST
    @Path("{id}/evidence/files")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Doc("上传佐证文件 (请求体为文件内容；PDF、图片、Word、Excel) / Upload an evidence file (the body is the file)")
    @Created
    public EvidenceInfo upload(@Context SecurityContext security, @PathParam("id") long id,
                           @QueryParam("item") @Doc("标准条目编码 / rubric item code") String item,
                           @QueryParam("name") @Doc("文件名 / file name") String name,
                           @QueryParam("description") String description, InputStream content) {
        return evidence.upload(user(security), id, item, description, name, content);
    }

    @GET
    @Path("evidence/{evidenceId}/file")
    @Produces(MediaType.WILDCARD)
    @Doc("下载佐证文件 / Download an evidence file")
    public Response download(@Context SecurityContext security, @PathParam("evidenceId") long evidenceId) {
        EvidenceService.Download d = evidence.download(user(security), evidenceId);
        StreamingOutput body = out -> {
            try (InputStream in = d.content()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, d.file().contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(d.file().name()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_LENGTH, d.file().size()).build();
    }

    @DELETE
    @Path("evidence/{evidenceId}")
    @Doc("删除佐证材料 (实施推进阶段) / Delete evidence (during implementation)")
    public void deleteEvidence(@Context SecurityContext security, @PathParam("evidenceId") long evidenceId) {
        evidence.delete(user(security), evidenceId);
    }

    @GET
    @Path("{id}/assessors/candidates")
    @Doc("可指定的考评人员 / Assessors who may be assigned")
    public List<AssessorRef> candidates(@Context SecurityContext security, @PathParam("id") long id) {
        return scoring.candidates(user(security), id);
    }

    @PUT
    @Path("{id}/assessors")
    @Doc("指定考评人员 / Assign the assessors")
    public List<AssessorRef> assign(@Context SecurityContext security, @PathParam("id") long id, Assessors body) {
        return scoring.assign(user(security), id, body == null ? null : body.assessorIds());
    }

    @GET
    @Path("{id}/sheets")
    @Doc("评分表 / Score sheets")
    public List<SheetInfo> sheets(@Context SecurityContext security, @PathParam("id") long id) {
        return scoring.sheets(user(security), id);
    }

    @GET
    @Path("{id}/sheet")
    @Doc("我的评分表 (考评人员) / My score sheet (assessors)")
    public SheetInfo mySheet(@Context SecurityContext security, @PathParam("id") long id) {
        return scoring.mySheet(user(security), id);
    }

    @PUT
    @Path("{id}/sheet")
    @Doc("保存或提交我的评分表 / Save or submit my score sheet")
    public SheetInfo saveSheet(@Context SecurityContext security, @PathParam("id") long id, SheetDraft draft) {
        return scoring.save(user(security), id, draft);
    }

    private static UserContext user(SecurityContext security) {
        return UserContext.from(security.getUserPrincipal());
    }
}
