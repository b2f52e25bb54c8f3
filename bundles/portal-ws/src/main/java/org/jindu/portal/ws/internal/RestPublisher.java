package org.jindu.portal.ws.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.rest.RestResource;
import org.jindu.portal.api.security.Authenticator;
import org.jindu.portal.platform.admin.Contributions;
import org.jindu.portal.ws.internal.jaxrs.AuthFilter;
import org.jindu.portal.ws.internal.jaxrs.BrowserProtection;
import org.jindu.portal.ws.internal.jaxrs.CreatedStatus;
import org.jindu.portal.ws.internal.jaxrs.FallbackExceptionMapper;
import org.jindu.portal.ws.internal.jaxrs.JsonErrorMapper;
import org.jindu.portal.ws.internal.jaxrs.JsonProvider;
import org.jindu.portal.ws.internal.jaxrs.PortalExceptionMapper;
import org.jindu.portal.ws.internal.jaxrs.WebApplicationExceptionMapper;
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

/**
 * Publishes every {@link RestResource} service as its own CXF server under {@code /api/v1/<path>} on the API bus,
 * with the shared providers, and destroys it when the service goes away.
 */
@Component(immediate = true, service = RestPublisher.class)
public class RestPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(RestPublisher.class);

    /** What is published under a path. */
    public record Published(String path, Class<?> resourceClass, boolean isPublic, Server server) {
    }

    private final Buses buses;
    private final Authenticator authenticator;
    private final Contributions contributions;
    private final Map<String, Published> byPath = new ConcurrentHashMap<>();
    private final PublishQueue queue = new PublishQueue("portal-rest-publisher");

    @Activate
    public RestPublisher(@Reference Buses buses, @Reference Authenticator authenticator, @Reference Contributions contributions) {
        this.buses = buses;
        this.authenticator = authenticator;
        this.contributions = contributions;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindResource(RestResource resource, ServiceReference<RestResource> ref) {
        String path = normalise(ref.getProperty(RestResource.PATH));
        long bundle = ref.getBundle().getBundleId();
        if (path == null) {
            LOG.error("REST resource {} has no valid {} property; not published", resource.getClass().getName(), RestResource.PATH);
            contributions.failed(bundle, "rest:" + resource.getClass().getName(), Text.of(
                    "REST 资源 " + resource.getClass().getName() + " 的 " + RestResource.PATH + " 属性无效，未发布",
                    "REST resource " + resource.getClass().getName() + " has no valid " + RestResource.PATH + " property; not published"));
            return;
        }
        boolean isPublic = Boolean.parseBoolean(String.valueOf(ref.getProperty(RestResource.PUBLIC)));
        contributions.pending(bundle, "rest:" + path);
        queue.submit(() -> publish(path, resource, isPublic, bundle));
    }

    private void publish(String path, RestResource resource, boolean isPublic, long bundle) {
        synchronized (byPath) {
            String key = "rest:" + path;
            if (byPath.containsKey(path)) {
                LOG.error("REST path /{} is taken by {}; {} not published", path,
                        byPath.get(path).resourceClass().getName(), resource.getClass().getName());
                contributions.failed(bundle, key, Text.of("REST 路径 /api/v1/" + path + " 已被 " + byPath.get(path).resourceClass().getName() + " 占用，未发布",
                        "REST path /api/v1/" + path + " is taken by " + byPath.get(path).resourceClass().getName() + "; not published"));
                return;
            }
            long start = System.nanoTime();
            Server server;
            try {
                server = create(path, resource, isPublic);
            } catch (RuntimeException e) {
                LOG.error("REST /api/v1/{} could not be published", path, e);
                contributions.failed(bundle, key, Text.of("REST /api/v1/" + path + " 发布失败: " + e,
                        "REST /api/v1/" + path + " could not be published: " + e));
                return;
            }
            byPath.put(path, new Published(path, resource.getClass(), isPublic, server));
            contributions.published(bundle, key);
            LOG.info("REST /api/v1/{} published ({}) in {} ms", path, resource.getClass().getSimpleName(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    void unbindResource(RestResource resource, ServiceReference<RestResource> ref) {
        String path = normalise(ref.getProperty(RestResource.PATH));
        Bundle bundle = ref.getBundle();
        long bundleId = bundle == null ? -1 : bundle.getBundleId();
        queue.submit(() -> remove(path, resource, bundleId));
    }

    private void remove(String path, RestResource resource, long bundle) {
        synchronized (byPath) {
            Published p = path == null ? null : byPath.get(path);
            if (p != null && p.resourceClass() == resource.getClass()) {
                byPath.remove(path);
                p.server().destroy();
                LOG.info("REST /api/v1/{} removed", path);
            }
            contributions.withdrawn(bundle, "rest:" + path);
        }
    }

    @Deactivate
    void deactivate() {
        queue.close();
        synchronized (byPath) {
            byPath.values().forEach(p -> p.server().destroy());
            byPath.clear();
        }
    }

    /** The published resources, ordered by path (the OpenAPI document is built from them). */
    public List<Published> published() {
        List<Published> list = new ArrayList<>(byPath.values());
        list.sort(Comparator.comparing(Published::path));
        return list;
    }

    private Server create(String path, Object resource, boolean isPublic) {
        JAXRSServerFactoryBean factory = factory(buses.api(), path.isEmpty() ? "/" : "/" + path, resource,
                isPublic ? null : authenticator);
        return ContextLoader.with(JAXRSServerFactoryBean.class.getClassLoader(), factory::create);
    }

    /** A server for one resource with the shared providers; {@code authenticator} null for a public resource. */
    static JAXRSServerFactoryBean factory(Bus bus, String address, Object resource, Authenticator authenticator) {
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(bus);
        factory.setAddress(address);
        factory.setServiceBeans(List.of(resource));
        List<Object> providers = new ArrayList<>(List.of(new JsonProvider(), new PortalExceptionMapper(),
                new WebApplicationExceptionMapper(), new JsonErrorMapper(), new FallbackExceptionMapper(), new BrowserProtection(), new CreatedStatus()));
        if (authenticator != null) {
            providers.add(new AuthFilter(authenticator));
        }
        factory.setProviders(providers);
        return factory;
    }

    /** "assessment", "/assessment/" → "assessment"; the catch-all "" stays ""; anything odd → null. */
    static String normalise(Object value) {
        if (value == null) {
            return null;
        }
        String p = value.toString().strip();
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.matches("[a-z0-9][a-z0-9\\-/]*|") ? p : null;
    }
}
