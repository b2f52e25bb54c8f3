package org.jindu.portal.control.internal.model;

import java.time.LocalDate;

/** Accepting a proposal applies the status with this date and legal basis; dismissing needs a note. */
public record ProposalDecision(boolean accept, LocalDate date, String legalBasis, String note) {
}
