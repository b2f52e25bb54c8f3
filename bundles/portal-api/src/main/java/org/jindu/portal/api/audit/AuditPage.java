package org.jindu.portal.api.audit;

import java.util.List;

/** A page of audit entries, newest first, with the number of entries matching the query. */
public record AuditPage(List<AuditEntry> entries, long total) {
}
