package org.jindu.portal.assessment.internal.model;

import java.util.List;

/** Everything about one unit's creation: its titles with their reviews, and its applications. */
public record VillageHistory(long orgNodeId, String orgCode, String orgName, List<TitleInfo> titles,
                             List<ApplicationInfo> applications) {
}
