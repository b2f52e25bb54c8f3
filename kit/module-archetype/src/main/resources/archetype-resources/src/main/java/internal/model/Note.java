package ${package}.internal.model;

import java.time.LocalDateTime;

/**
 * A note as users and clients see it.
 *
 * @param id        id
 * @param orgCode   the org node's code
 * @param orgName   the org node's name
 * @param title     title
 * @param text      the note
 * @param createdBy user name of its author
 * @param createdAt when it was written
 */
public record Note(long id, String orgCode, String orgName, String title, String text, String createdBy, LocalDateTime createdAt) {
}
