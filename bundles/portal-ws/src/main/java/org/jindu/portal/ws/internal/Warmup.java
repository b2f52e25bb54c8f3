package org.jindu.portal.ws.internal;

import java.util.Map;

import javax.jws.WebMethod;
import javax.jws.WebService;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.jindu.portal.ws.internal.soap.SoapPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds and drops one unstarted REST server and one unstarted SOAP server as soon as the buses exist. The first real
 * server of each kind otherwise pays CXF's, Jackson's and JAXB's class loading (about 0.8 s each here), and it comes
 * only once the core's schema is migrated; done now, that cost overlaps the database start instead of adding to it.
 * The servers are never started, so nothing answers at their addresses.
 */
final class Warmup {
    private static final Logger LOG = LoggerFactory.getLogger(Warmup.class);

    private Warmup() {
    }

    static void start(Buses buses) {
        Thread rest = new Thread(() -> run(() -> rest(buses)), "portal-ws-warmup-rest");
        Thread soap = new Thread(() -> run(() -> soap(buses)), "portal-ws-warmup-soap");
        rest.setDaemon(true);
        soap.setDaemon(true);
        rest.start();
        soap.start();
    }

    private static void run(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException | LinkageError e) {
            // only a head start is lost; the real servers report their own problems
            LOG.debug("Warm-up failed", e);
        }
    }

    private static void rest(Buses buses) {
        JAXRSServerFactoryBean factory = RestPublisher.factory(buses.api(), "/.warmup", new RestProbe(), null);
        factory.setStart(false);
        ContextLoader.with(JAXRSServerFactoryBean.class.getClassLoader(), factory::create).destroy();
    }

    private static void soap(Buses buses) {
        JaxWsServerFactoryBean factory = SoapPublisher.factory(buses.soap(), "/.warmup", new SoapProbe(), null);
        factory.setStart(false);
        ContextLoader.with(SoapProbe.class.getClassLoader(), factory::create).destroy();
    }

    /** A resource shaped like the real ones. */
    @Path("/")
    @Produces(MediaType.APPLICATION_JSON)
    public static class RestProbe {
        @GET
        public Map<String, String> get() {
            return Map.of();
        }
    }

    /** A service shaped like the real ones. */
    @WebService(serviceName = "Warmup", name = "Warmup", targetNamespace = "http://jindu.org/portal/warmup")
    public static class SoapProbe {
        @WebMethod
        public String echo(String value) {
            return value;
        }
    }
}
