package org.jindu.portal.core.internal.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One versioned migration script: {@code V<number>__<what>.sql}. */
public record Migration(int version, String name, String sql) {
    private static final Pattern FILE = Pattern.compile("V(\\d+)__([A-Za-z0-9_\\-]+)\\.sql");

    /** Parses a file name; {@code null} when the name is not a migration's. */
    public static Migration of(String fileName, String sql) {
        Matcher m = FILE.matcher(fileName);
        if (!m.matches()) {
            return null;
        }
        return new Migration(Integer.parseInt(m.group(1)), fileName, sql);
    }

    /**
     * SHA-256 over the script with line endings normalised, so that a checkout with CRLF line endings does not
     * look like a changed migration.
     */
    public String checksum() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(sql.replace("\r\n", "\n").strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The statements: split at ';' ending a line; '--' comment lines and blank lines dropped. */
    public List<String> statements() {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.replace("\r\n", "\n").split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                result.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }
}
