package org.jindu.portal.assessment.internal.model;

import java.util.Map;

import org.jindu.portal.api.rest.Doc;

/**
 * An assessor's sheet: saved as a draft any number of times, then submitted once (when every item is scored).
 *
 * @param items  item code → judgement
 * @param submit submit the sheet (final)
 */
public record SheetDraft(Map<String, SheetItem> items, @Doc("提交 (提交后不可修改) / submit (final)") boolean submit) {
}
