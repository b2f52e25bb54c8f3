package org.jindu.portal.assessment.internal.model;

import org.jindu.portal.assessment.internal.domain.Level;
import org.jindu.portal.assessment.internal.domain.Titles;

/** Which titles to list; every part is optional ({@code orgCode} includes everything below the node). */
public record TitleFilter(Level level, Titles.Status status, String orgCode) {
    public static TitleFilter all() {
        return new TitleFilter(null, null, null);
    }
}
