package org.jindu.portal.assessment.internal.model;

/**
 * A measure or a piece of evidence for one rubric item (text; a file is uploaded separately).
 *
 * @param itemCode    the rubric item, e.g. Y4
 * @param description what was done (措施) or what the file shows
 */
public record EvidenceDraft(String itemCode, String description) {
}
