package org.jindu.portal.control.internal.model;

/** The receiving side accepts or refuses (a refusal needs a reason). */
public record HandoverAnswer(boolean accept, String answer) {
}
