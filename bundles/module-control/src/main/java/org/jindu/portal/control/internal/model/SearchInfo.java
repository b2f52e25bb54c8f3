package org.jindu.portal.control.internal.model;

import java.time.LocalDate;
import java.util.List;

/** A 清隐 / 清零 case with its actions; state OPEN, FOUND or CLOSED. */
public record SearchInfo(long id, String kind, Long personId, String personName, String org, String orgName, String source,
                         String description, LocalDate opened, String state, String outcome, LocalDate closedOn,
                         List<Action> actions, String createdBy) {
    /** One thing done: a visit to the family, a check with the police, a call … */
    public record Action(LocalDate date, String action, String by) {
    }
}
