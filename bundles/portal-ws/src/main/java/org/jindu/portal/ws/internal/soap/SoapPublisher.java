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
import org.jindu.portal.api.Text;
import org.jindu.portal.api.security.Authenticator;
import org.jindu.portal.api.soap.SoapService;
import org.jindu.portal.platform.admin.Contributions;
import org.jindu.portal.ws.internal.Buses;
import org.jindu.portal.ws.internal.ContextLoader;
import org.jindu.portal.ws.internal.PublishQueue;
import org.osgi.framework.Bundle;
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
    private final Contributions contributions;
    private final Map<String, Published> byName = new ConcurrentHashMap<>();
    private final PublishQueue queue = new PublishQueue("portal-soap-publisher");

    @Activate
    public SoapPublisher(@Reference Buses buses, @Reference Authenticator authenticator, @Reference Contributions contributions) {
        this.buses = buses;
        this.authenticator = authenticator;
        this.contributions = contributions;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindService(SoapService service, ServiceReference<SoapService> ref) {
        Object nameProperty = ref.getProperty(SoapService.NAME);
        String name = nameProperty == null ? null : nameProperty.toString().strip();
        long bundle = ref.getBundle().getBundleId();
        String type = service.getClass().getName();
        if (name == null || !name.matches("[a-z][a-z0-9\\-]*")) {
            LOG.error("SOAP service {} has no valid {} property; not published", type, SoapService.NAME);
            contributions.failed(bundle, "soap:" + type, Text.of("SOAP 服务 " + type + " 的 " + SoapService.NAME + " 属性无效，未发布",
                    "SOAP service " + type + " has no valid " + SoapService.NAME + " property; not published"));
            return;
        }
        if (service.getClass().getAnnotation(WebService.class) == null) {
            LOG.error("SOAP service {} is not annotated with @WebService; not published", type);
            contributions.failed(bundle, "soap:" + name, Text.of("SOAP 服务 " + type + " 没有 @WebService 注解，未发布",
                    "SOAP service " + type + " is not annotated with @WebService; not published"));
            return;
        }
        contributions.pending(bundle, "soap:" + name);
        queue.submit(() -> publish(name, service, bundle));
    }

    private void publish(String name, SoapService service, long bundle) {
        synchronized (byName) {
            String key = "soap:" + name;
            if (byName.containsKey(name)) {
                LOG.error("SOAP name {} is taken; {} not published", name, service.getClass().getName());
                contributions.failed(bundle, key, Text.of("SOAP 名称 /soap/" + name + " 已被占用，" + service.getClass().getName() + " 未发布",
                        "SOAP name /soap/" + name + " is taken; " + service.getClass().getName() + " not published"));
                return;
            }
            long start = System.nanoTime();
            Server server;
            try {
                server = create(name, service);
            } catch (RuntimeException e) {
                LOG.error("SOAP /soap/{} could not be published", name, e);
                contributions.failed(bundle, key, Text.of("SOAP /soap/" + name + " 发布失败: " + rootMessage(e),
                        "SOAP /soap/" + name + " could not be published: " + rootMessage(e)));
                return;
            }
            WebService ws = service.getClass().getAnnotation(WebService.class);
            byName.put(name, new Published(name, service.getClass(), ws.serviceName(), server));
            contributions.published(bundle, key);
            LOG.info("SOAP /soap/{} published in {} ms", name, (System.nanoTime() - start) / 1_000_000);
        }
    }

    void unbindService(SoapService service, ServiceReference<SoapService> ref) {
        Object name = ref.getProperty(SoapService.NAME);
        Bundle bundle = ref.getBundle();
        long bundleId = bundle == null ? -1 : bundle.getBundleId();
        queue.submit(() -> remove(name, service, bundleId));
    }

    private void remove(Object name, SoapService service, long bundle) {
        synchronized (byName) {
            Published p = name == null ? null : byName.get(name.toString().strip());
            if (p != null && p.type() == service.getClass()) {
                byName.remove(p.name());
                p.server().destroy();
                LOG.info("SOAP /soap/{} removed", p.name());
            }
            contributions.withdrawn(bundle, "soap:" + (name == null ? null : name.toString().strip()));
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

    /** The deepest cause, where CXF and JAXB say what is wrong (e.g. a data class without a no-argument constructor). */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getName() : root.getClass().getSimpleName() + ": " + root.getMessage();
        return message.replaceAll("\\s+", " ");
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
