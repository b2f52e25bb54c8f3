package org.jindu.portal.control.internal.model;

import java.time.LocalDate;

/**
 * A new case: a hidden user found from some source (kind HIDDEN, 清隐: where and how found, in which village), or a
 * search for a person who lost contact (kind LOST, 清零: {@code personId} of a file in status lost contact).
 */
public record SearchDraft(String kind, Long personId, String org, String source, String description, LocalDate opened) {
}
