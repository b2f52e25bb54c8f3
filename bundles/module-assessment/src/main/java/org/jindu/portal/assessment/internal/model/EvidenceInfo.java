package org.jindu.portal.assessment.internal.model;

import java.time.LocalDateTime;

/** A recorded measure or evidence file of one rubric item. */
public record EvidenceInfo(long id, long applicationId, String itemCode, String description, String fileId,
                           String fileName, String contentType, Long size, String recordedBy, LocalDateTime recordedAt) {
}
