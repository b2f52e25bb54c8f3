package org.jindu.portal.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 8, acceptance 3: a module that never resolves and a module whose component fails to activate are both listed
 * with the precise reason (the missing package by name; the component and its exception; the failed migration, with
 * the schema version that did apply), while the other modules keep answering.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ModuleDiagnosisTest extends PortalTestSupport {
    private static final Duration LISTED = Duration.ofSeconds(30);

    @Test
    public void brokenModulesAreListedWithThePreciseReasonWhileTheOthersKeepAnswering() throws Exception {
        Bundle unresolvable = bundleContext.installBundle(System.getProperty("itest.module.unresolvable"));
        try {
            unresolvable.start();
        } catch (BundleException expected) {
            // it cannot resolve; the module list must say why
        }
        Bundle broken = bundleContext.installBundle(System.getProperty("itest.module.broken"));
        broken.start();
        try {
            Poll.until("the unresolvable module listed with the missing package", LISTED, () -> {
                JsonNode m = module("unresolvable");
                return m != null && "INSTALLED".equals(m.get("bundleState").asText())
                        && problems(m).contains("REQUIREMENT: missing package org.jindu.portal.itests.nowhere (version ≥1.0.0, <2.0.0)");
            });
            JsonNode u = module("unresolvable");
            assertFalse(u.get("installed").asBoolean());
            assertFalse("no diagnostic names, the requirement itself", problems(u).contains("Declarative Services"));

            Poll.until("the broken module listed with its failing component and migration", LISTED, () -> {
                JsonNode m = module("broken");
                return m != null && problems(m).contains("COMPONENT: component org.jindu.portal.itests.brokenmodule.FailingService "
                        + "failed to activate: java.lang.IllegalStateException: the test service cannot start: no data source for it")
                        && problems(m).contains("MIGRATION: schema migration failed:") && problems(m).contains("V2__fails.sql");
            });
            JsonNode b = module("broken");
            assertTrue("its descriptor registered", b.get("installed").asBoolean());
            assertEquals("ACTIVE", b.get("bundleState").asText());
            assertEquals("V1 applied before V2 failed", 1, b.get("schemaVersion").asInt());
            assertTrue(problems(b), problems(b).contains("失败"));

            // not ready: health names both modules and what is wrong, nothing more
            Http.Response health = http.get("/api/v1/health", null);
            assertEquals(health.body(), 503, health.status());
            assertTrue(health.body(), health.body().contains("{\"module\":\"broken\",\"what\":\"COMPONENT\"}")
                    || health.body().contains("{\"module\":\"broken\",\"what\":\"MIGRATION\"}"));
            assertTrue(health.body(), health.body().contains("\"module\":\"unresolvable\",\"what\":\"REQUIREMENT\""));
            assertFalse(health.body(), health.body().contains("V2__fails") || health.body().contains("Exception"));

            // the rest of the portal is unaffected
            assertEquals(200, http.get("/api/v1/assessment/rounds", "office").status());
            assertEquals(200, http.get("/api/v1/control/persons", "office").status());
            assertTrue(shell("portal:modules").contains("missing package org.jindu.portal.itests.nowhere"));
        } finally {
            unresolvable.uninstall();
            broken.uninstall();
        }
        Poll.until("the unresolvable module forgotten with its bundle", LISTED, () -> module("unresolvable") == null);
        Poll.until("health UP again without them", LISTED, () -> http.get("/api/v1/health", null).status() == 200);
        JsonNode removed = module("broken");
        assertEquals("UNINSTALLED", removed.get("bundleState").asText());
        assertEquals("the schema version stays known after removal", 1, removed.get("schemaVersion").asInt());
    }

    private JsonNode module(String id) {
        for (JsonNode m : http.get("/api/v1/modules", "admin").json()) {
            if (id.equals(m.get("id").asText())) {
                return m;
            }
        }
        return null;
    }

    /** The module's problems as "KIND: English message" lines, with the Chinese after them. */
    private static String problems(JsonNode m) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode p : m.get("problems")) {
            sb.append(p.get("kind").asText()).append(": ").append(p.get("messageEn").asText()).append('\n');
        }
        for (JsonNode p : m.get("problems")) {
            sb.append(p.get("message").asText()).append('\n');
        }
        return sb.toString();
    }
}
