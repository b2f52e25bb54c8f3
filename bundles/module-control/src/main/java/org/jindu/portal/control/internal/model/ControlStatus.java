package org.jindu.portal.control.internal.model;

import java.time.LocalDate;

/** What another agency learns from an exact ID-number query: whether the town controls the person and how. */
public record ControlStatus(boolean registered, String status, String statusLabel, LocalDate statusSince, String tier, String org,
                            String orgName) {
}
