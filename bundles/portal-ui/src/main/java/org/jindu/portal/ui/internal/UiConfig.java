package org.jindu.portal.ui.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the web UI, PID {@value #PID}. */
@ObjectClassDefinition(id = UiConfig.PID, name = "Jindu portal UI", description = "门户界面设置")
public @interface UiConfig {
    String PID = "org.jindu.portal.ui";

    @AttributeDefinition(description = "A session without any user action expires after this many minutes")
    int sessionTimeoutMinutes() default 30;
}
