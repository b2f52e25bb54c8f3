package org.jindu.portal.itests;

import java.time.Duration;

import javax.inject.Inject;

import org.junit.Before;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

/** Base of the in-container tests: the distribution in demo mode, ready when the REST API and the demo data are. */
public abstract class PortalTestSupport {
    protected static final Duration READY = Duration.ofSeconds(180);

    @Inject
    protected BundleContext bundleContext;

    protected Http http;

    @Inject
    private org.apache.karaf.shell.api.console.SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return PortalOptions.distribution("suite").toArray(new Option[0]);
    }

    @Before
    public void waitUntilReady() {
        http = new Http(PortalOptions.httpPort());
        Poll.until("the health check", READY, () -> http.get("/api/v1/health", null).status() == 200);
        Poll.until("the demo users", READY, () -> http.get("/api/v1/me", "leader").status() == 200);
        Poll.until("the web UI's navigation", READY, () -> http.get("/api/v1/navigation", "leader").status() == 200);
        Poll.until("the platform's SOAP service", READY, () -> http.get("/soap/directory?wsdl", null).status() == 200);
    }

    /** Runs a Karaf shell command as the console would and returns what it printed. */
    protected String shell(String command) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream print = new java.io.PrintStream(out, true, "UTF-8");
        org.apache.karaf.shell.api.console.Session session = sessions.create(
                new java.io.ByteArrayInputStream(new byte[0]), print, print);
        java.io.PrintStream previous = System.out;
        System.setOut(print);
        try {
            session.execute(command);
        } finally {
            System.setOut(previous);
            session.close();
        }
        return out.toString("UTF-8");
    }

    protected Bundle installTestModule(String id) throws BundleException {
        Bundle existing = testModule(id);
        if (existing != null && existing.getState() == Bundle.ACTIVE) {
            return existing;
        }
        Bundle b = existing != null ? existing : bundleContext.installBundle(System.getProperty("itest.module." + id));
        b.start();
        Poll.until("module " + id + " to be published", Duration.ofSeconds(30),
                () -> http.get("/api/v1/" + id + "/ping", "leader").status() == 200
                        && http.get("/soap/" + id + "?wsdl", null).status() == 200);
        return b;
    }

    protected void uninstallTestModule(String id) throws BundleException {
        Bundle b = testModule(id);
        if (b != null) {
            b.uninstall();
        }
    }

    protected Bundle testModule(String id) {
        for (Bundle b : bundleContext.getBundles()) {
            if (("org.jindu.portal.itests.module." + id).equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }

    protected long nodeId(String code) {
        for (var n : http.get("/api/v1/org/nodes", "admin").json()) {
            if (code.equals(n.get("code").asText())) {
                return n.get("id").asLong();
            }
        }
        throw new AssertionError("no org node " + code);
    }
}
