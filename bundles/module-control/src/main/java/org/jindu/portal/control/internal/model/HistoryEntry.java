package org.jindu.portal.control.internal.model;

import java.time.LocalDate;

/** One line of a status or tier history: from, to, when, why, who. */
public record HistoryEntry(String from, String to, LocalDate date, String basis, String note, String by) {
}
