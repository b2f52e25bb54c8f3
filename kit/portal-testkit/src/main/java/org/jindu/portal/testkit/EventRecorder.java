package org.jindu.portal.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Keeps posted and sent events. */
public final class EventRecorder implements EventAdmin {
    public final List<Event> events = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void postEvent(Event event) {
        events.add(event);
    }

    @Override
    public void sendEvent(Event event) {
        events.add(event);
    }
}
