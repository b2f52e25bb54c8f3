package org.jindu.portal.control.internal.model;

/** Closing a case: found (with the file opened for a hidden user, if any) or closed, with the outcome. */
public record SearchClosing(boolean found, Long personId, String outcome) {
}
