package org.jindu.portal.ws.internal.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.audit.AuditLog;
import org.jindu.portal.api.audit.AuditPage;
import org.jindu.portal.api.audit.AuditQuery;
import org.jindu.portal.api.audit.ChainVerification;
import org.jindu.portal.api.rest.Doc;
import org.jindu.portal.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/audit}: search and verify the hash-chained audit log (administrators). */
@Component(service = RestResource.class, property = RestResource.PATH + "=audit")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Doc("审计日志 (管理员) / Audit log (administrators)")
public class AuditResource implements RestResource {
    private final AuditLog audit;

    @Activate
    public AuditResource(@Reference AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @Doc("检索审计记录，最新的在前；列表查看和导出的记录在 recordIds 中逐一列出 / Search entries, newest first; a list read or "
            + "export names every record it returned in recordIds")
    public AuditPage search(@Context SecurityContext security, @QueryParam("actor") String actor,
                            @QueryParam("action") String action, @QueryParam("module") String module,
                            @QueryParam("recordType") String recordType,
                            @Doc("记录编号，也查到包含该记录的列表查看和导出 / Record id; also finds the list reads and exports "
                                    + "that contained it") @QueryParam("recordId") String recordId,
                            @Doc("ISO-8601, e.g. 2026-01-01T00:00:00Z") @QueryParam("from") String from,
                            @QueryParam("to") String to, @QueryParam("text") String text,
                            @QueryParam("offset") @DefaultValue("0") int offset,
                            @QueryParam("limit") @DefaultValue("50") int limit) {
        return audit.search(Rest.user(security), new AuditQuery(actor, action, module, recordType, recordId,
                instant("from", from), instant("to", to), text, offset, limit));
    }

    @GET
    @Path("verify")
    @Doc("校验审计链 (密钥与检查点)，报告第一个问题：problem 为 ALTERED 记录被修改、NOT_LINKED 链条断开或被重新计算、MISSING 记录缺失、"
            + "TAIL_DELETED 末尾记录被删除、CHECKPOINT_MISMATCH 与检查点不符，firstBrokenSeq 为其条目编号 / Verify the chain with the "
            + "portal's key and checkpoint and report the first problem: ALTERED (entry altered), NOT_LINKED (chain broken or "
            + "recomputed), MISSING (entries missing), TAIL_DELETED (last entries deleted), CHECKPOINT_MISMATCH (does not match "
            + "the checkpoint), at entry firstBrokenSeq")
    public ChainVerification verify(@Context SecurityContext security) {
        return audit.verify(Rest.user(security));
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, Text.of("时间格式应为 ISO-8601，如 2026-01-01T00:00:00Z",
                    "must be an ISO-8601 instant such as 2026-01-01T00:00:00Z"));
        }
    }
}
