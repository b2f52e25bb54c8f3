package org.jindu.portal.itests.benchmodule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Hashtable;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.jindu.portal.api.rest.RestResource;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Bench only (bench/rest.sh): {@code GET /api/v1/bench-echo} answers, without login, database or audit, the bytes of
 * {@code <karaf.home>/bench-body.json} held in memory: the same JSON as the measured endpoint, through the same HTTP and
 * JAX-RS stack, so that the difference between the two is what the portal adds.
 */
public class EchoActivator implements BundleActivator {
    private ServiceRegistration<RestResource> registration;

    @Override
    public void start(BundleContext context) {
        byte[] body;
        try {
            body = Files.readAllBytes(Paths.get(System.getProperty("karaf.home"), "bench-body.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(RestResource.PATH, "bench-echo");
        props.put(RestResource.PUBLIC, "true");
        registration = context.registerService(RestResource.class, new Echo(body), props);
    }

    @Override
    public void stop(BundleContext context) {
        registration.unregister();
    }

    /** The resource. */
    @Path("/")
    public static final class Echo implements RestResource {
        private final byte[] body;

        Echo(byte[] body) {
            this.body = body;
        }

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public byte[] get() {
            return body;
        }
    }
}
