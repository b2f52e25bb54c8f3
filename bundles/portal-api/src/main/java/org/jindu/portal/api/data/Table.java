package org.jindu.portal.api.data;

import java.util.List;

/**
 * A table to export: a title (the sheet name), column headers and rows of plain values (strings, numbers,
 * booleans, dates). Mask sensitive values before they go in: the exporter writes what it gets.
 */
public record Table(String title, List<String> headers, List<List<Object>> rows) {
}
