package org.jindu.portal.support.data;

import java.util.Locale;

/**
 * Detects a file's type from its first bytes, never from the name or the client's claim, and sanitises names.
 * Allowed: PDF, PNG, JPEG and the Office Open XML documents (.docx, .xlsx, .pptx: zip containers, accepted only with
 * that extension). Everything else, HTML, SVG, scripts and executables among it, is refused.
 */
public final class FileTypes {
    private FileTypes() {
    }

    /** The content type for these first bytes and this (sanitised) name, or {@code null} when not allowed. */
    public static String detect(byte[] head, int length, String name) {
        if (startsWith(head, length, new int[] {'%', 'P', 'D', 'F', '-'})) {
            return "application/pdf";
        }
        if (startsWith(head, length, new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return "image/png";
        }
        if (startsWith(head, length, new int[] {0xFF, 0xD8, 0xFF})) {
            return "image/jpeg";
        }
        if (startsWith(head, length, new int[] {'P', 'K', 0x03, 0x04})) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".docx")) {
                return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            }
            if (lower.endsWith(".xlsx")) {
                return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            }
            if (lower.endsWith(".pptx")) {
                return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] head, int length, int[] magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The last path segment, without control characters, quotes or characters that mean something to a shell or a
     * browser header, at most 100 characters (the extension kept); "file" when nothing is left.
     */
    public static String sanitise(String name) {
        String n = name == null ? "" : name;
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        StringBuilder sb = new StringBuilder();
        n.codePoints().forEach(c -> {
            if (!Character.isISOControl(c) && "\"'<>:*?|;`$&%{}".indexOf(c) < 0) {
                sb.appendCodePoint(c);
            }
        });
        n = sb.toString().strip();
        while (n.startsWith(".")) {
            n = n.substring(1);
        }
        if (n.length() > 100) {
            int dot = n.lastIndexOf('.');
            String ext = dot > 0 && n.length() - dot <= 10 ? n.substring(dot) : "";
            n = n.substring(0, 100 - ext.length()) + ext;
        }
        return n.isBlank() ? "file" : n;
    }
}
