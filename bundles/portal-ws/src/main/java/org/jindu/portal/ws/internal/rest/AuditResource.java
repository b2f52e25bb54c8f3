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
    @Doc("检索审计记录，最新的在前 / Search entries, newest first")
    public AuditPage search(@Context SecurityContext security, @QueryParam("actor") String actor,
                            @QueryParam("action") String action, @QueryParam("module") String module,
                            @QueryParam("recordType") String recordType, @QueryParam("recordId") String recordId,
                            @Doc("ISO-8601, e.g. 2026-01-01T00:00:00Z") @QueryParam("from") String from,
                            @QueryParam("to") String to, @QueryParam("text") String text,
                            @QueryParam("offset") @DefaultValue("0") int offset,
                            @QueryParam("limit") @DefaultValue("50") int limit) {
        return audit.search(Rest.user(security), new AuditQuery(actor, action, module, recordType, recordId,
                instant("from", from), instant("to", to), text, offset, limit));
    }

    @GET
    @Path("verify")
    @Doc("校验哈希链，报告第一条被篡改的记录 / Verify the hash chain and name the first broken entry")
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
