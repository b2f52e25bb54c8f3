package org.jindu.portal.assessment.internal.model;

import java.util.List;

import org.jindu.portal.api.rest.Doc;

/**
 * An assessor's judgement of one rubric item.
 *
 * @param score        points (scored items)
 * @param vetoViolated whether the veto item was violated (veto items)
 * @param comment      the assessor's comment (required when a veto item is violated)
 * @param evidenceIds  the evidence the judgement rests on
 */
public record SheetItem(Double score, boolean vetoViolated, String comment,
                        @Doc("依据的佐证材料 / evidence the judgement rests on") List<Long> evidenceIds) {
}
