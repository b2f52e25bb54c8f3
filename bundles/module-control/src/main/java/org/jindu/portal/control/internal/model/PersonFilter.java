package org.jindu.portal.control.internal.model;

import org.jindu.portal.control.internal.domain.Status;
import org.jindu.portal.control.internal.domain.Tier;

/** Filters of the person list; {@code org} limits to a subtree, {@code overdue} to persons with overdue work. */
public record PersonFilter(Status status, Tier tier, String org, Boolean overdue, String name) {
    public static PersonFilter all() {
        return new PersonFilter(null, null, null, null, null);
    }
}
