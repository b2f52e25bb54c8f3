package org.jindu.portal.assessment.internal.model;

import org.jindu.portal.api.rest.Doc;

/** A town's village coverage in one year (at the end of the year; for the current year, today) against its target. */
public record CoverageRow(long townId, String townCode, String townName, int year,
                          @Doc("村居总数 / villages") int villages,
                          @Doc("有效无毒村居数 / villages holding the title") int designated,
                          @Doc("覆盖率 % / coverage %") double percent,
                          @Doc("目标 % / target %") Double targetPercent, boolean targetMet,
                          @Doc("创建名额 / quota") Integer quota, @Doc("倾斜名额 / extra quota") Integer extraQuota,
                          @Doc("当年审核通过的申报数 / applications accepted that year") int accepted) {
}
