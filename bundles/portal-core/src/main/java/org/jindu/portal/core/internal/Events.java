package org.jindu.portal.core.internal;

import java.util.Map;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Posts EventAdmin events when an EventAdmin is there; the platform works without one. */
public final class Events {
    private Events() {
    }

    public static void post(EventAdmin eventAdmin, String topic, Map<String, ?> properties) {
        if (eventAdmin != null) {
            eventAdmin.postEvent(new Event(topic, properties));
        }
    }
}
