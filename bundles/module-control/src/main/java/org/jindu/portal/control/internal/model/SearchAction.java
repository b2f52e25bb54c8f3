package org.jindu.portal.control.internal.model;

import java.time.LocalDate;

/** What was done on a case, and when (today when empty). */
public record SearchAction(LocalDate date, String action) {
}
