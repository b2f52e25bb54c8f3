package org.jindu.portal.assessment.internal.model;

/** An assessor assigned to (or available for) an application, and whether his sheet is in. */
public record AssessorRef(long id, String username, String displayName, boolean submitted) {
}
