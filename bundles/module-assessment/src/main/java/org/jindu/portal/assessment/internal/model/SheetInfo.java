package org.jindu.portal.assessment.internal.model;

import java.time.LocalDateTime;
import java.util.Map;

/** One assessor's score sheet of an application. */
public record SheetInfo(long applicationId, long assessorId, String assessorName, Map<String, SheetItem> items,
                        Double total, boolean submitted, LocalDateTime submittedAt) {
}
