package org.jindu.portal.assessment.internal.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jindu.portal.assessment.internal.domain.Action;
import org.jindu.portal.assessment.internal.domain.ApplicationState;

/** One dated step in an application's history, with who made it. */
public record TransitionInfo(Action action, String actionLabel, ApplicationState from, ApplicationState to,
                             LocalDate effectiveOn, String actor, String actorName, String reason, LocalDateTime recordedAt) {
}
