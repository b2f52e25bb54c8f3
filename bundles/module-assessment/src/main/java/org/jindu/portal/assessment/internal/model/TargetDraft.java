package org.jindu.portal.assessment.internal.model;

/**
 * A town's target and quota for a year (CA-9).
 *
 * @param townCode      the town
 * @param year          the year
 * @param targetPercent coverage target, percent (empty: the configured default)
 * @param quota         how many applications the town may accept that year (empty: no limit)
 * @param extraQuota    extra places for a well-performing town (the plan: 1-2)
 */
public record TargetDraft(String townCode, Integer year, Double targetPercent, Integer quota, Integer extraQuota) {
}
