package org.jindu.portal.ws.internal.jaxrs;

import java.util.List;
import java.util.Locale;

import javax.ws.rs.core.HttpHeaders;

/** The client's language: English when it asks for English first, Chinese otherwise. */
public final class Locales {
    private Locales() {
    }

    public static Locale of(HttpHeaders headers) {
        try {
            return of(headers == null ? List.of() : headers.getAcceptableLanguages());
        } catch (RuntimeException outsideOfARequestOrMalformed) {
            return Locale.SIMPLIFIED_CHINESE;
        }
    }

    /** Of a request in a filter; a malformed Accept-Language (e.g. {@code -1}) counts as none. */
    public static Locale of(javax.ws.rs.container.ContainerRequestContext request) {
        try {
            return of(request.getAcceptableLanguages());
        } catch (RuntimeException malformed) {
            return Locale.SIMPLIFIED_CHINESE;
        }
    }

    public static Locale of(List<Locale> wanted) {
        for (Locale l : wanted) {
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("zh".equals(l.getLanguage())) {
                return Locale.SIMPLIFIED_CHINESE;
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }
}
