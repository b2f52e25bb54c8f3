package org.jindu.portal.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;

import com.fasterxml.jackson.databind.JsonNode;

/** Issue 2, acceptance 2: the distribution boots with every platform part wired. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class PlatformWiringTest extends PortalTestSupport {

    @Inject
    @Filter("(osgi.jndi.service.name=portal)")
    private DataSource dataSource;

    @Inject
    @Filter("(osgi.unit.name=portal.core)")
    private EntityManagerFactory coreUnit;

    @Test
    public void everyPlatformBundleIsActiveAndNothingIsLeftUnresolved() {
        List<String> platform = new ArrayList<>();
        List<String> notActive = new ArrayList<>();
        for (Bundle b : bundleContext.getBundles()) {
            boolean fragment = b.getHeaders().get("Fragment-Host") != null;
            if (b.getSymbolicName().startsWith("org.jindu.portal.") && !b.getSymbolicName().startsWith("org.jindu.portal.itests")) {
                platform.add(b.getSymbolicName());
            }
            if (!fragment && b.getState() != Bundle.ACTIVE && !b.getSymbolicName().startsWith("org.jindu.portal.itests")
                    && !b.getSymbolicName().startsWith("PAXEXAM")) {
                notActive.add(b.getSymbolicName() + " state " + b.getState());
            }
        }
        assertTrue(platform.toString(), platform.containsAll(List.of("org.jindu.portal.api", "org.jindu.portal.core",
                "org.jindu.portal.ws", "org.jindu.portal.ui")));
        assertEquals("bundles not active: " + notActive, List.of(), notActive);
    }

    @Test
    public void theDerbyDataSourceAndThePersistenceUnitsAreThere() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertEquals("Apache Derby", c.getMetaData().getDatabaseProductName());
        }
        assertNotNull(coreUnit);
        assertTrue(coreUnit.isOpen());
    }

    @Test
    public void healthIsPublicAndSaysOnlyUp() {
        Http.Response r = http.get("/api/v1/health", null);
        assertEquals(r.body(), 200, r.status());
        assertEquals("{\"status\":\"UP\"}", r.body());
    }

    @Test
    public void otherCallsNeedALogin() {
        Http.Response anonymous = http.get("/api/v1/org/nodes", null);
        assertEquals(401, anonymous.status());
        assertEquals(401, anonymous.json().get("status").asInt());
        assertEquals(401, http.get("/api/v1/org/nodes", "office", "wrong").status());
        Http.Response office = http.get("/api/v1/org/nodes", "office");
        assertEquals(200, office.status());
        assertTrue(office.json().size() > 10);
    }

    @Test
    public void unknownPathsAnswerJson404() {
        Http.Response r = http.get("/api/v1/no-such-thing", "office");
        assertEquals(404, r.status());
        assertEquals(404, r.json().get("status").asInt());
    }

    @Test
    public void theSoapWsdlAndTheIndexAreServed() {
        Http.Response wsdl = http.get("/soap/directory?wsdl", null);
        assertEquals(200, wsdl.status());
        assertTrue(wsdl.body().contains("wsdl:definitions"));
        assertTrue(wsdl.body().contains("DirectoryService"));
        Http.Response index = http.get("/soap/", null);
        assertEquals(200, index.status());
        assertTrue(index.body().contains("/soap/directory?wsdl"));
    }

    @Test
    public void aSoapCallWorksWithBasicAuthAndIsRefusedWithout() {
        String getNode = "<d:getNode xmlns:d=\"http://jindu.org/portal/directory/v1\"><code>HG-GW</code></d:getNode>";
        Http.Response ok = http.soap("directory", "office", getNode);
        assertEquals(ok.body(), 200, ok.status());
        assertTrue(ok.body().contains("<code>HG-GW</code>"));
        assertEquals(401, http.soap("directory", null, getNode).status());
    }

    @Test
    public void theOpenApiDocumentDescribesThePlatform() {
        Http.Response r = http.get("/api/openapi.json", null);
        assertEquals(200, r.status());
        JsonNode doc = r.json();
        assertEquals("3.0.3", doc.get("openapi").asText());
        assertTrue(doc.get("paths").has("/org/nodes/{id}"));
        assertTrue(doc.get("paths").has("/users"));
        assertTrue(doc.get("paths").has("/health"));
    }

    @Test
    public void theShellCommandsListAndEnableModules() throws Exception {
        installTestModule("testa");
        String list = shell("portal:modules");
        assertTrue(list, list.contains("testa") && list.contains("installed") && list.contains("POLICE"));
        assertEquals(403, http.get("/api/v1/testa/records", "police").status());
        assertTrue(shell("portal:enable POLICE testa").contains("Enabled testa for POLICE"));
        assertEquals(200, http.get("/api/v1/testa/records", "police").status());
        assertTrue(shell("portal:disable POLICE testa").contains("Disabled"));
        assertEquals(403, http.get("/api/v1/testa/records", "police").status());
        assertTrue(shell("portal:audit-verify").contains("intact"));
        JsonNode audit = http.get("/api/v1/audit?actor=karaf-console&recordType=module-enablement", "admin").json();
        assertEquals("console changes are audited", 2, audit.get("total").asInt());
    }

    @Test
    public void theWebUiIsServed() {
        Http.Response page = http.get("/portal/", null);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("vaadinBootstrap.js"));
        assertEquals(200, http.get("/VAADIN/themes/valo/styles.css", null).status());
        assertEquals(200, http.get("/VAADIN/vaadinBootstrap.js", null).status());
    }

    /**
     * Issue 8, acceptance 1, as the running framework sees it: the contract bundle imports nothing but Java and itself;
     * the UI contract adds Vaadin only; the business modules import the portal's contracts and never the platform's
     * or another module's packages (their builds fail otherwise: kit/module-parent's import check).
     */
    @Test
    public void theContractsImportNoThirdPartyPackageAndModulesOnlyTheContracts() {
        for (org.osgi.framework.Bundle b : bundleContext.getBundles()) {
            String name = b.getSymbolicName();
            java.util.List<String> imports = imports(b);
            if ("org.jindu.portal.api".equals(name)) {
                assertTrue(name + " imports " + imports, imports.stream().allMatch(p -> p.startsWith("java.") || p.startsWith("org.jindu.portal.api")));
                assertFalse(imports.isEmpty());
            } else if ("org.jindu.portal.api.ui".equals(name)) {
                assertTrue(name + " imports " + imports, imports.stream().allMatch(p -> p.startsWith("java.")
                        || p.startsWith("org.jindu.portal.api") || p.startsWith("com.vaadin.")));
            } else if (b.getHeaders().get("Portal-Module") != null && name.startsWith("org.jindu.portal.")) {
                assertTrue(name + " imports " + imports, imports.stream().filter(p -> p.startsWith("org.jindu.portal."))
                        .allMatch(p -> p.startsWith("org.jindu.portal.api")));
                assertFalse(name + " imports " + imports, imports.stream().anyMatch(p -> p.startsWith("org.apache.cxf")
                        || p.startsWith("org.apache.karaf") || p.startsWith("javax.servlet")));
            }
        }
    }

    private static java.util.List<String> imports(org.osgi.framework.Bundle b) {
        String header = b.getHeaders().get("Import-Package");
        if (header == null) {
            return java.util.List.of();
        }
        // split at commas outside quotes (version ranges contain commas)
        java.util.List<String> result = new java.util.ArrayList<>();
        for (String clause : header.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            result.add(clause.split(";")[0].strip());
        }
        return result;
    }
}
