package org.jindu.portal.assessment.internal.ui;

import java.util.Locale;

/** Score formatting of the module's views (the rest is the platform's {@link org.jindu.portal.api.ui.UiKit}). */
final class Ui {
    private Ui() {
    }

    static String score(Double d) {
        if (d == null) {
            return "";
        }
        return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.format(Locale.ROOT, "%.1f", d);
    }
}
