package ${package}.internal.model;

/**
 * Input for a new note.
 *
 * @param orgCode the org node it belongs to (e.g. a village's code, {@code HG-GW-DC})
 * @param title   a short title (required, at most 100 characters)
 * @param text    the note (at most 2000 characters)
 */
public record NoteDraft(String orgCode, String title, String text) {
}
