package org.jindu.portal.ws.internal;

import org.apache.cxf.Bus;
import org.apache.cxf.bus.CXFBusFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * One CXF bus per public root, so that the REST and SOAP servlets each see only their own endpoints (CXF's
 * default single bus under {@code /cxf} would mix them and take over unmatched URLs).
 */
@Component(service = Buses.class)
public class Buses {
    private final Bus api;
    private final Bus soap;

    @Activate
    public Buses() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            thread.setContextClassLoader(CXFBusFactory.class.getClassLoader());
            api = new CXFBusFactory().createBus();
            soap = new CXFBusFactory().createBus();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Deactivate
    void shutdown() {
        api.shutdown(true);
        soap.shutdown(true);
    }

    public Bus api() {
        return api;
    }

    public Bus soap() {
        return soap;
    }
}
