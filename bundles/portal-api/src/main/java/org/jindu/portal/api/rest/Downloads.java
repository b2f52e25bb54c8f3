package org.jindu.portal.api.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Headers for files a resource hands out, so that every module serves downloads the same safe way. */
public final class Downloads {
    private Downloads() {
    }

    /**
     * A {@code Content-Disposition} value that makes the browser save the file instead of showing it, with the name in
     * plain ASCII (non-ASCII characters replaced) and, for Chinese names, in RFC 5987 form.
     */
    public static String attachment(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "download" : fileName.replaceAll("[\\r\\n\"\\\\/]", "_");
        String ascii = name.replaceAll("[^\\x20-\\x7e]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
