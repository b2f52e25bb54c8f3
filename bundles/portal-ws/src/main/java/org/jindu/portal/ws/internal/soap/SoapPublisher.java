package org.jindu.portal.ws.internal.soap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.jws.WebService;

import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.jindu.portal.api.security.Authenticator;
import org.jindu.portal.api.soap.SoapService;
import org.jindu.portal.ws.internal.Buses;
import org.jindu.portal.ws.internal.ContextLoader;
import org.jindu.portal.ws.internal.PublishQueue;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Publishes every {@link SoapService} at {@code /soap/<name>} on the SOAP bus and removes it when it goes. */
@Component(immediate = true, service = SoapPublisher.class)
public class SoapPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(SoapPublisher.class);

    /** A published service. */
    public record Published(String name, Class<?> type, String description, Server server) {
    }

    private final Buses buses;
    private final Authenticator authenticator;
    private final Map<String, Published> byName = new ConcurrentHashMap<>();
    private final PublishQueue queue = new PublishQueue("portal-soap-publisher");

    @Activate
    public SoapPublisher(@Reference Buses buses, @Reference Authenticator authenticator) {
        this.buses = buses;
        this.authenticator = authenticator;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindService(SoapService service, ServiceReference<SoapService> ref) {
        Object nameProperty = ref.getProperty(SoapService.NAME);
        String name = nameProperty == null ? null : nameProperty.toString().strip();
        if (name == null || !name.matches("[a-z][a-z0-9\\-]*")) {
            LOG.error("SOAP service {} has no valid {} property; not published", service.getClass().getName(), SoapService.NAME);
            return;
        }
        if (service.getClass().getAnnotation(WebService.class) == null) {
            LOG.error("SOAP service {} is not annotated with @WebService; not published", service.getClass().getName());
            return;
        }
        queue.submit(() -> publish(name, service));
    }

    private void publish(String name, SoapService service) {
        synchronized (byName) {
            if (byName.containsKey(name)) {
                LOG.error("SOAP name {} is taken; {} not published", name, service.getClass().getName());
                return;
            }
            long start = System.nanoTime();
            Server server = create(name, service);
            WebService ws = service.getClass().getAnnotation(WebService.class);
            byName.put(name, new Published(name, service.getClass(), ws.serviceName(), server));
            LOG.info("SOAP /soap/{} published in {} ms", name, (System.nanoTime() - start) / 1_000_000);
        }
    }

    void unbindService(SoapService service, ServiceReference<SoapService> ref) {
        Object name = ref.getProperty(SoapService.NAME);
        queue.submit(() -> remove(name, service));
    }

    private void remove(Object name, SoapService service) {
        synchronized (byName) {
            Published p = name == null ? null : byName.get(name.toString().strip());
            if (p != null && p.type() == service.getClass()) {
                byName.remove(p.name());
                p.server().destroy();
                LOG.info("SOAP /soap/{} removed", p.name());
            }
        }
    }

    @Deactivate
    void deactivate() {
        queue.close();
        synchronized (byName) {
            byName.values().forEach(p -> p.server().destroy());
            byName.clear();
        }
    }

    public List<Published> published() {
        List<Published> list = new ArrayList<>(byName.values());
        list.sort(Comparator.comparing(Published::name));
        return list;
    }

    private Server create(String name, Object service) {
        JaxWsServerFactoryBean factory = factory(buses.soap(), "/" + name, service, authenticator);
        // JAXB builds its context with the service's classes; CXF's own classes come through the bus
        return ContextLoader.with(service.getClass().getClassLoader(), factory::create);
    }

    /** A server for one service with the portal's fault mapping; {@code authenticator} null for no login check. */
    public static JaxWsServerFactoryBean factory(Bus bus, String address, Object service, Authenticator authenticator) {
        JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
        factory.setBus(bus);
        factory.setAddress(address);
        factory.setServiceBean(service);
        factory.setServiceClass(service.getClass());
        if (authenticator != null) {
            factory.getInInterceptors().add(new SoapAuthInterceptor(authenticator));
        }
        factory.getOutFaultInterceptors().add(new PortalFaultInterceptor());
        return factory;
    }
}
