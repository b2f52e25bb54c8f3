package org.jindu.portal.api.ui;

import org.jindu.portal.api.Text;
import org.osgi.annotation.versioning.ConsumerType;

import com.vaadin.ui.Component;

/** An optional tile for the home dashboard, shown to users who hold its permission. */
@ConsumerType
public interface DashboardWidget {

    String moduleId();

    Text title();

    /** Permission required to see the tile; {@code null} for everyone. */
    String permission();

    default int order() {
        return 100;
    }

    /** Builds the tile's content for one session. Keep it cheap: the home page builds all tiles at once. */
    Component createWidget(ViewContext context);
}
