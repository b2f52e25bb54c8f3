package org.jindu.portal.assessment.internal.model;

import java.time.LocalDateTime;

import org.jindu.portal.api.rest.Doc;
import org.jindu.portal.assessment.internal.domain.Standard;

/**
 * One stored version of a standard.
 *
 * @param id         database id of this version
 * @param current    whether it is the newest version of its code
 * @param changeNote what the editor changed
 * @param createdBy  who made the version
 * @param createdAt  when
 * @param standard   the rubric (the JSON export/import format)
 */
public record StandardInfo(long id, @Doc("是否最新版本 / newest version of its code") boolean current, String changeNote,
                           String createdBy, LocalDateTime createdAt, Standard standard) {
}
