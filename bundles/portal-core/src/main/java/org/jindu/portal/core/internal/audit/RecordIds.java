package org.jindu.portal.core.internal.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The record ids of a list read as stored in one column: comma-framed ({@code ,12,15,}) so that "contains id 5" is a
 * {@code LIKE '%,5,%'} that cannot match 15; split into parts that each fit the column.
 */
final class RecordIds {
    private RecordIds() {
    }

    static String frame(String id) {
        return "," + clean(id) + ",";
    }

    private static String clean(String id) {
        return id.strip().replace(',', '_');
    }

    static List<String> encode(Collection<?> ids, int maxLength) {
        List<String> parts = new ArrayList<>();
        StringBuilder sb = new StringBuilder(",");
        for (Object o : ids) {
            if (o == null) {
                continue;
            }
            String id = clean(o.toString());
            if (sb.length() + id.length() + 1 > maxLength && sb.length() > 1) {
                parts.add(sb.toString());
                sb = new StringBuilder(",");
            }
            sb.append(id).append(',');
        }
        if (sb.length() > 1 || parts.isEmpty()) {
            parts.add(sb.toString());
        }
        return parts;
    }

    static List<String> decode(String stored) {
        if (stored == null || stored.length() <= 1) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (String s : stored.substring(1, stored.length() - 1).split(",")) {
            if (!s.isEmpty()) {
                ids.add(s);
            }
        }
        return ids;
    }
}
