package org.jindu.portal.ws.internal;

import org.apache.cxf.Bus;
import org.apache.cxf.bus.CXFBusFactory;
import org.apache.cxf.transport.DestinationFactoryManager;
import org.apache.cxf.transport.http.DestinationRegistry;
import org.apache.cxf.transport.http.DestinationRegistryImpl;
import org.apache.cxf.transport.http.HTTPTransportFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * One CXF bus per public root, each with its own HTTP destination registry, so that the REST and SOAP servlets see
 * only their own endpoints. In OSGi, CXF's HTTP transport otherwise shares one registry between buses: a module's
 * REST resource {@code /api/v1/x} and SOAP service {@code /soap/x} would then answer for each other.
 */
@Component(service = Buses.class)
public class Buses {
    /** A bus and the registry its servlet dispatches from. */
    public record Root(Bus bus, DestinationRegistry registry) {
    }

    private final Root api;
    private final Root soap;

    @Activate
    public Buses() {
        api = ContextLoader.with(CXFBusFactory.class.getClassLoader(), Buses::create);
        soap = ContextLoader.with(CXFBusFactory.class.getClassLoader(), Buses::create);
        Warmup.start(this);
    }

    private static Root create() {
        Bus bus = new CXFBusFactory().createBus();
        DestinationRegistry registry = new DestinationRegistryImpl();
        HTTPTransportFactory transport = new HTTPTransportFactory(registry);
        DestinationFactoryManager destinations = bus.getExtension(DestinationFactoryManager.class);
        for (String namespace : HTTPTransportFactory.DEFAULT_NAMESPACES) {
            destinations.registerDestinationFactory(namespace, transport);
        }
        bus.setExtension(transport, HTTPTransportFactory.class);
        return new Root(bus, registry);
    }

    @Deactivate
    void shutdown() {
        api.bus().shutdown(true);
        soap.bus().shutdown(true);
    }

    public Bus api() {
        return api.bus();
    }

    public Bus soap() {
        return soap.bus();
    }

    Root apiRoot() {
        return api;
    }

    Root soapRoot() {
        return soap;
    }
}
