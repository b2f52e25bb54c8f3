package org.jindu.portal.assessment.internal.model;

import org.jindu.portal.assessment.internal.domain.ApplicationState;

/** Which applications to list; every part is optional. {@code assignedToMe} keeps an assessor's own tasks only. */
public record ApplicationFilter(Long roundId, Integer year, ApplicationState state, String orgCode, boolean assignedToMe) {
    public static ApplicationFilter all() {
        return new ApplicationFilter(null, null, null, null, false);
    }
}
