package org.jindu.portal.api;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A short text in the portal's two languages: Chinese first (the default locale, zh-CN), English second.
 * Used for names of modules, permissions, views and for messages that reach a user.
 */
public final class Text implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String zh;
    private final String en;

    private Text(String zh, String en) {
        this.zh = Objects.requireNonNull(zh, "zh");
        this.en = en == null || en.isBlank() ? zh : en;
    }

    /** @param zh the Chinese text (required) @param en the English text (falls back to Chinese when blank) */
    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** The English text for an English locale, the Chinese text for every other locale. */
    public String get(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Text && ((Text) o).zh.equals(zh) && ((Text) o).en.equals(en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zh, en);
    }

    @Override
    public String toString() {
        return zh;
    }
}
