package org.jindu.portal.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 8, acceptance 2: the module the archetype generates (built by kit/module-archetype's integration test, here
 * signed by the trusted test publisher) installs into the running portal, works through REST (scoped, validated,
 * audited), SOAP and the navigation, and uninstalls cleanly.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ArchetypeModuleTest extends PortalTestSupport {
    private static final String SOAP_LIST = "<n:listNotes xmlns:n=\"http://example.org/portal/notes/v1\"/>";

    @Test
    public void theGeneratedModuleInstallsWorksAndUninstallsCleanly() throws Exception {
        Path jar = Paths.get(System.getProperty("itest.pkg.notes"));
        Http.Response installed = http.postBytes("/api/v1/modules/packages?fileName=" + jar.getFileName(), "admin",
                "application/java-archive", Files.readAllBytes(jar));
        assertEquals(installed.body(), 201, installed.status());
        JsonNode module = installed.json().get("module");
        assertTrue(installed.body(), module.get("installed").asBoolean());
        assertEquals(installed.body(), 0, module.get("problems").size());
        assertEquals(1, module.get("schemaVersion").asInt());
        assertEquals("工作记事", module.get("name").asText());

        // REST: written by the village, scoped, validated, audited
        Http.Response created = http.postJson("/api/v1/notes/notes", "village",
                "{\"orgCode\":\"HG-GW-DC\",\"title\":\"入户走访\",\"text\":\"情况正常\"}");
        assertEquals(created.body(), 201, created.status());
        assertEquals("东村村", created.json().get("orgName").asText());
        assertEquals(1, http.get("/api/v1/notes/notes", "village").json().size());
        assertEquals("another village sees nothing", 0, http.get("/api/v1/notes/notes", "village2").json().size());
        assertEquals(403, http.postJson("/api/v1/notes/notes", "village", "{\"orgCode\":\"HG-GW-XC\",\"title\":\"越界\"}").status());
        Http.Response invalid = http.postJson("/api/v1/notes/notes", "village", "{\"orgCode\":\"HG-GW-DC\",\"title\":\"\"}");
        assertEquals(400, invalid.status());
        assertTrue(invalid.body(), invalid.body().contains("\"field\":\"title\""));
        assertTrue(http.get("/api/v1/audit?module=notes&limit=10", "admin").body().contains("title=入户走访"));
        assertTrue(http.get("/api/openapi.json", null).json().get("paths").has("/notes/notes"));

        // SOAP and the navigation
        Poll.until("the SOAP service", Duration.ofSeconds(10), () -> http.get("/soap/notes?wsdl", null).status() == 200);
        String soap = http.soap("notes", "office", SOAP_LIST).body();
        assertTrue(soap, soap.contains("入户走访"));
        Poll.until("the menu entry", Duration.ofSeconds(10), () -> http.get("/api/v1/navigation", "village").body().contains("notes/notes"));

        // uninstalled: every contribution goes, the data stays
        assertEquals(204, http.delete("/api/v1/modules/notes", "admin").status());
        Poll.until("the REST resource to go", Duration.ofSeconds(10), () -> http.get("/api/v1/notes/notes", "village").status() == 404);
        Poll.until("the SOAP service to go", Duration.ofSeconds(10), () -> http.get("/soap/notes?wsdl", null).status() == 404);
        assertFalse(http.get("/api/v1/navigation", "village").body().contains("notes/notes"));
        assertFalse(http.get("/api/openapi.json", null).json().get("paths").has("/notes/notes"));
        for (Bundle b : bundleContext.getBundles()) {
            assertFalse("no bundle left", "org.example.portal.notes".equals(b.getSymbolicName()));
        }
        for (JsonNode m : http.get("/api/v1/modules", "admin").json()) {
            if ("notes".equals(m.get("id").asText())) {
                assertEquals("UNINSTALLED", m.get("bundleState").asText());
                assertEquals("its schema stays", 1, m.get("schemaVersion").asInt());
            }
        }
    }
}
