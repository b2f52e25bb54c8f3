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

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 2, acceptance 3 (PF-5): a module built from the SPI alone is installed at runtime and its navigation entry,
 * REST resource and SOAP service appear; uninstalled, they are gone, while a second module keeps working.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ModuleLifecycleTest extends PortalTestSupport {
    private static final Duration GONE = Duration.ofSeconds(10);

    private boolean navigationHas(String user, String viewId) {
        for (JsonNode e : http.get("/api/v1/navigation", user).json()) {
            if (viewId.equals(e.get("id").asText())) {
                return true;
            }
        }
        return false;
    }

    private void assertModuleBWorks() {
        assertEquals(200, http.get("/api/v1/testb/ping", "leader").status());
        assertTrue(http.soap("testb", "leader", "<t:ping xmlns:t=\"http://jindu.org/portal/itests/testmodule\"/>").body()
                .contains("<return>testb</return>"));
        assertTrue(navigationHas("leader", "testb/main"));
    }

    @Test
    public void installAndUninstallAtRuntime() throws Exception {
        installTestModule("testb");
        assertModuleBWorks();

        uninstallTestModule("testa");
        Poll.until("testa gone before the test", GONE, () -> http.get("/api/v1/testa/ping", "leader").status() == 404);

        Bundle a = installTestModule("testa");
        assertEquals(Bundle.ACTIVE, a.getState());
        // REST
        Http.Response ping = http.get("/api/v1/testa/ping", "leader");
        assertEquals(200, ping.status());
        assertEquals("testa", ping.json().get("module").asText());
        // SOAP: WSDL, listing and an authenticated call (published on its own thread, so poll)
        Poll.until("testa's WSDL", GONE, () -> http.get("/soap/testa?wsdl", null).status() == 200);
        assertTrue(http.get("/soap/", null).body().contains("/soap/testa?wsdl"));
        assertTrue(http.soap("testa", "leader", "<t:ping xmlns:t=\"http://jindu.org/portal/itests/testmodule\"/>").body()
                .contains("<return>testa</return>"));
        // navigation entry, for a user whose role holds the module's permission
        Poll.until("testa's navigation entry", GONE, () -> navigationHas("leader", "testa/main"));
        // OpenAPI and the module list follow
        assertTrue(http.get("/api/openapi.json", null).json().get("paths").has("/testa/ping"));
        assertTrue(moduleInstalled("testa"));
        assertModuleBWorks();

        a.uninstall();
        Poll.until("testa's REST resource to go", GONE, () -> http.get("/api/v1/testa/ping", "leader").status() == 404);
        Poll.until("testa's SOAP service to go", GONE, () -> http.get("/soap/testa?wsdl", null).status() == 404);
        assertFalse(http.get("/soap/", null).body().contains("/soap/testa"));
        assertFalse(navigationHas("leader", "testa/main"));
        assertFalse(http.get("/api/openapi.json", null).json().get("paths").has("/testa/ping"));
        assertFalse(moduleInstalled("testa"));
        assertModuleBWorks();

        // and back: re-installation brings everything again
        installTestModule("testa");
        Poll.until("testa's navigation entry again", GONE, () -> navigationHas("leader", "testa/main"));
        assertModuleBWorks();
    }

    @Test
    public void aModuleIsUsableByAUnitOnlyWhenEnabledForIt() throws Exception {
        installTestModule("testa");
        // police staff work for the POLICE unit; testa is auto-enabled for OFFICE only
        assertEquals(403, http.get("/api/v1/testa/records", "police").status());
        assertFalse(navigationHas("police", "testa/main"));
        // testa holds personal data: enabling it for a unit needs the confirmation of who will see what
        Http.Response unconfirmed = http.putJson("/api/v1/modules/testa/units/POLICE", "admin", "{\"enabled\":true}");
        assertEquals(409, unconfirmed.status());
        assertTrue(unconfirmed.body(), unconfirmed.json().get("message").asText().contains("港湾派出所"));
        assertEquals(403, http.get("/api/v1/testa/records", "police").status());
        assertEquals(200, http.putJson("/api/v1/modules/testa/units/POLICE", "admin",
                "{\"enabled\":true,\"confirmPersonalData\":true}").status());
        assertEquals(200, http.get("/api/v1/testa/records", "police").status());
        assertTrue(navigationHas("police", "testa/main"));
        assertEquals(403, http.putJson("/api/v1/modules/testa/units/POLICE", "office", "{\"enabled\":false}").status());
        assertEquals(200, http.putJson("/api/v1/modules/testa/units/POLICE", "admin", "{\"enabled\":false}").status());
        assertEquals(403, http.get("/api/v1/testa/records", "police").status());
    }

    private boolean moduleInstalled(String id) {
        for (JsonNode m : http.get("/api/v1/modules", "admin").json()) {
            if (id.equals(m.get("id").asText())) {
                return m.get("installed").asBoolean();
            }
        }
        return false;
    }
}
