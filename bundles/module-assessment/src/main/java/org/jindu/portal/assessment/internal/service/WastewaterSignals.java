package org.jindu.portal.assessment.internal.service;

import org.jindu.portal.api.module.PortalEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives the intelligence module's wastewater alerts ({@value PortalEvents#WASTEWATER_ALERT}) and keeps them as
 * signals for the annual review of titles (a high abuse level is a yellow-card reason, §6.5). Either module may be
 * absent: without alerts the office enters the level by hand.
 */
@Component(service = EventHandler.class, property = EventConstants.EVENT_TOPIC + "=" + PortalEvents.WASTEWATER_ALERT)
public class WastewaterSignals implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(WastewaterSignals.class);

    private final TitleService titles;

    @Activate
    public WastewaterSignals(@Reference TitleService titles) {
        this.titles = titles;
    }

    @Override
    public void handleEvent(Event event) {
        Object node = event.getProperty(PortalEvents.ORG_NODE_ID);
        Object year = event.getProperty(PortalEvents.YEAR);
        if (!(node instanceof Number) || !(year instanceof Number)) {
            LOG.warn("Wastewater alert without {} or {} ignored: {}", PortalEvents.ORG_NODE_ID, PortalEvents.YEAR, event);
            return;
        }
        Object level = event.getProperty(PortalEvents.LEVEL);
        Object detail = event.getProperty(PortalEvents.DETAIL);
        titles.recordSignal(((Number) node).longValue(), ((Number) year).intValue(), "wastewater",
                level == null ? null : level.toString(), detail == null ? null : detail.toString());
    }
}
