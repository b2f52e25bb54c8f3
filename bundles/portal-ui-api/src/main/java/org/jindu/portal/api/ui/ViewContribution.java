package org.jindu.portal.api.ui;

import org.jindu.portal.api.Text;
import org.osgi.annotation.versioning.ConsumerType;

import com.vaadin.ui.Component;

/** A navigation entry of the shell and the factory of its view. See the package description. */
@ConsumerType
public interface ViewContribution {

    /** Unique view id, used in the URL ({@code /portal/#!<id>}); letters, digits, '-' and '/' only. */
    String id();

    /** The module the view belongs to; the shell groups entries by module. */
    String moduleId();

    Text title();

    /** Permission required to see the entry and open the view; {@code null} for every logged-in user. */
    String permission();

    /** Position inside the module's group (lower first). */
    default int order() {
        return 100;
    }

    /** Name of a {@code com.vaadin.icons.VaadinIcons} constant, e.g. {@code FILE_TEXT}. */
    default String icon() {
        return "CIRCLE_THIN";
    }

    /**
     * Builds a new view for one UI session. Called in the UI thread with the session locked.
     *
     * @param context the user, locale and shell services of this session
     * @param parameters what follows the view id in the URL after a '/', or the empty string
     */
    Component createView(ViewContext context, String parameters);
}
