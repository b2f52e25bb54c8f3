package org.jindu.portal.core.internal.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The record ids of a list read as stored in one column: comma-framed ({@code ,12,15,}) so that "contains id 5" is a
 * {@code LIKE '%,5,%'} that cannot match 15; split into parts that each fit the column. A part longer than
 * {@link #INLINE} characters is kept once in {@code CORE_AUDIT_IDS} and the entry holds a {@linkplain #reference
 * reference} to it: {@code @} and the part's SHA-256.
 */
final class RecordIds {
    /** Longest part an entry holds itself. */
    static final int INLINE = 100;

    private RecordIds() {
    }

    static boolean isReference(String stored) {
        return stored != null && stored.startsWith("@");
    }

    static String reference(String digest) {
        return "@" + digest;
    }

    static String digestOf(String reference) {
        return reference.substring(1);
    }

    /** The SHA-256 of an encoded part, in hex. */
    static String digest(String part) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(part.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
